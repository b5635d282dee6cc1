# WeakValueDictionary entries disappear when the collector frees cyclic values.
import gc
import weakref


class V:
    __slots__ = ("me", "__weakref__")


gc.collect()
d = weakref.WeakValueDictionary()
for k in range(3):
    v = V()
    v.me = v
    d[k] = v
del v
print("entries before collect:", len(d))
print("collected:", gc.collect())
print("entries after collect:", len(d), list(d.keys()))
