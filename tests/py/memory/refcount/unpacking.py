# Unpacking into names and starred targets.
import sys


class U:
    pass


u = U()
a, b, c = u, u, u
print("three names:", sys.getrefcount(u))
first, *middle, last = [u] * 5
print("star unpack (middle list holds 3):", sys.getrefcount(u), len(middle))
(x, y), z = (u, u), u
print("nested unpack:", sys.getrefcount(u))
del a, b, c, first, middle, last, x, y, z
print("after del:", sys.getrefcount(u))
