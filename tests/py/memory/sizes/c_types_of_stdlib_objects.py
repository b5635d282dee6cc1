# Objects that CPython's C modules make have their C struct's size and GC flag: queue.SimpleQueue
# (56), threading.local (_thread._local, 64), csv's reader (88) and writer (72) are GC objects,
# zlib's compress and decompress objects (168) are not; re.Pattern, re.Match and frames are
# variable-sized types (__itemsize__ 4, 8, 8).
import csv
import gc
import io
import queue
import re
import sys
import threading
import weakref
import zlib


def show(label, o):
    t = type(o)
    has_gc = bool(t.__flags__ & (1 << 14))
    print(label, repr(t), t.__name__, t.__module__, t.__basicsize__, sys.getsizeof(o), gc.is_tracked(o), has_gc)


q = queue.SimpleQueue()
show("SimpleQueue", q)
q.put([1, 2])
q.put("x")
show("SimpleQueue with items", q)
print(weakref.ref(q)() is q, q.get(), q.qsize())

local = threading.local()
show("local", local)
local.answer = 42
print(local.answer, repr(local).split(" object")[0])


class Context(threading.local):
    pass


show("local subclass", Context())

show("csv reader", csv.reader(["a,b"]))
show("csv writer", csv.writer(io.StringIO()))
for o in (csv.reader([]), csv.writer(io.StringIO()), zlib.compressobj()):
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)

c = zlib.compressobj()
d = zlib.decompressobj()
show("compressobj", c)
show("decompressobj", d)
data = c.compress(b"hello " * 100) + c.flush()
print(len(d.decompress(data)), d.eof, d.unused_data)
show("decompressobj at eof", d)

for t in (re.Pattern, re.Match, type(sys._getframe())):
    print(t.__name__, t.__basicsize__, t.__itemsize__)
