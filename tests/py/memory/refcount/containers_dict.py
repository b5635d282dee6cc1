# Dict keys and values each hold a reference.
import sys


class K:
    pass


k = K()
v = K()
d = {k: v}
print("key:", sys.getrefcount(k), "value:", sys.getrefcount(v))
d[k] = v
print("same pair again:", sys.getrefcount(k), sys.getrefcount(v))
d2 = d.copy()
print("copy:", sys.getrefcount(k), sys.getrefcount(v))
d3 = dict.fromkeys([k, v], v)
print("fromkeys:", sys.getrefcount(k), sys.getrefcount(v))
d3.clear()
print("cleared:", sys.getrefcount(k), sys.getrefcount(v))
items = list(d.items())
print("items list:", sys.getrefcount(k), sys.getrefcount(v))
del items
keys = d.keys()
print("keys view:", sys.getrefcount(k), sys.getrefcount(d))
del keys
val = d.pop(k)
print("pop:", sys.getrefcount(k), sys.getrefcount(v))
del val
d.setdefault(k, v)
print("setdefault:", sys.getrefcount(k), sys.getrefcount(v))
d.update({k: k})
print("update value to key:", sys.getrefcount(k), sys.getrefcount(v))
del d[k]
print("del item:", sys.getrefcount(k), sys.getrefcount(v))
del d2
print("del copy:", sys.getrefcount(k), sys.getrefcount(v))
