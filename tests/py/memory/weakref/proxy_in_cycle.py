# A proxy whose referent is collected by gc becomes dead.
import gc
import weakref


class N:
    __slots__ = ("me", "val", "__weakref__")


gc.collect()
n = N()
n.me = n
n.val = 5
p = weakref.proxy(n, lambda pr: print("proxy callback, proxy type:", type(pr).__name__))
print("through proxy:", p.val)
del n
print("collected:", gc.collect())
try:
    p.val
except ReferenceError as e:
    print("ReferenceError:", e)
