# Iterating a dict: the loop variables hold the current key and value.
import sys


class K:
    pass


k1, k2 = K(), K()
v1, v2 = K(), K()
d = {k1: v1, k2: v2}
for k, v in d.items():
    print("during items loop:", sys.getrefcount(k), sys.getrefcount(v))
print("after loop, last pair held:", sys.getrefcount(k2), sys.getrefcount(v2))
del k, v
it = iter(d.values())
first = next(it)
print("values iterator result:", sys.getrefcount(v1))
del first, it
keys = list(d)
print("list(d):", sys.getrefcount(k1))
