# "Does importing a module cost memory?" -- with tracemalloc running, importing a module that
# python3 had already loaded at startup (io, math, os, codecs...) only binds a name: the
# interpreter's own load of it is no allocation of the program's.
import tracemalloc

tracemalloc.start(5)
before = tracemalloc.get_traced_memory()[0]


def grew(label):
    global before
    now = tracemalloc.get_traced_memory()[0]
    print(f"{label:<22} {now - before:+d} bytes")
    before = tracemalloc.get_traced_memory()[0]


grew("nothing")
import io

grew("import io")
import math

grew("import math")
import codecs, stat, abc

grew("import codecs, stat, abc")
from os import path

grew("from os import path")
m = __import__("operator")
grew("__import__('operator')")
print(math.sqrt(16), io.SEEK_END, path.basename("/a/b.txt"), m.add(1, 2))
grew("using them")
snapshot = tracemalloc.take_snapshot()
print([s.size for s in snapshot.statistics("lineno") if s.size > 1000])
