# sys.getallocatedblocks() counts the memory blocks in use (pymalloc's plus the larger object
# allocations). Its absolute value depends on the interpreter's start, but the change around a
# program's own allocations is the same as CPython's: one block per small object, one for a
# list's item array when it outgrows 512 bytes, none left behind after the objects are freed.
# The collector is off while measuring: a collection in the middle frees whatever garbage the
# interpreter's start left behind, which differs between machines.
import gc
import sys


class Point:
    def __init__(self, x):
        self.x = x


def delta(make):
    gc.collect()
    before = sys.getallocatedblocks()
    made = make()
    after = sys.getallocatedblocks()
    return after - before, made


cases = [
    ("objects", lambda: [object() for _ in range(1000)]),
    ("instances with a dict", lambda: [Point(i) for i in range(1000)]),
    ("pairs of ints", lambda: [(i, i) for i in range(1000)]),
    ("a long string", lambda: "x" * 10000),
    ("one-item lists", lambda: [[i] for i in range(300)]),
    ("bytearrays", lambda: [bytearray(100) for _ in range(50)]),
]
gc.disable()
for name, make in cases:
    d, made = delta(make)
    print(name, d)
    del made

gc.collect()
before = sys.getallocatedblocks()
garbage = [object() for _ in range(1000)]
del garbage
print("after del", sys.getallocatedblocks() - before)

print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 0)
for args in ((1,), ()):
    try:
        sys.getallocatedblocks(*args, x=1) if not args else sys.getallocatedblocks(*args)
    except TypeError as e:
        print(e)
for f in (sys.getrecursionlimit, sys.exc_info, sys.getrefcount, sys.intern):
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
