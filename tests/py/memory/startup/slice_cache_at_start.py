# CPython's one-slice cache already holds a dead slice at the first line: a program's first
# slice (xs[:1], slice(None, 1)) is no new tracked allocation for gc.get_count().
import gc, sys
ev = [("start", 0, 0, 0), ("stop", 0, 411, 0)]
print(gc.get_count())
ev[:1]
print(gc.get_count())
ev[:1]
print(gc.get_count())
ev[0:1]
print(gc.get_count())
def f():
    ev[:1]
    return gc.get_count()
print(f())
print(f())
s = slice(None, 1)
print(gc.get_count())
ev[s]
print(gc.get_count())
