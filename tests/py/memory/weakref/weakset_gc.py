# WeakSet members freed by the collector disappear from the set.
import gc
import weakref


class M:
    __slots__ = ("me", "__weakref__")


gc.collect()
s = weakref.WeakSet()
keep = M()
s.add(keep)
for _ in range(3):
    m = M()
    m.me = m
    s.add(m)
del m
print("len before:", len(s))
print("collected:", gc.collect())
print("len after:", len(s), keep in s)
