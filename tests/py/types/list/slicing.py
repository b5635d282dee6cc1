# Slices: get, assign and delete with every kind of step, and the size afterwards.
import sys

base = list(range(10))
for s in [slice(None), slice(2, 7), slice(None, None, 2), slice(None, None, -1), slice(8, 1, -3),
          slice(-3, None), slice(-100, 100), slice(100, -100, -1), slice(5, 5), slice(7, 2)]:
    print(s, base[s])
l = list(range(20))
l[2:5] = "abcdef"
print(l, sys.getsizeof(l))
l[::3] = [None] * len(l[::3])
print(l)
del l[::2]
print(l, sys.getsizeof(l))
del l[1:4]
print(l, sys.getsizeof(l))
l[len(l):] = [1, 2, 3]
l[:0] = ["first"]
print(l)
l[5:2] = ["x"]
print(l)
l[::-1] = l
print(l)
l[:] = l
print(l)
l[1:3] = l
print(l, len(l))
del l[:]
print(l, sys.getsizeof(l))
m = list(range(10))
m[8:2:-2] = "ABC"
print(m)
m[-1:] = []
print(m)
print(slice(1, 2).indices(10), slice(None, None, -1).indices(5), slice(-30, 30, 7).indices(20))
