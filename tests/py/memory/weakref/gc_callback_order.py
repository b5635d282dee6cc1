# Weakref callbacks for objects freed by the collector run before any finalizer,
# in the collector's list order.
import gc
import weakref


class N:
    __slots__ = ("name", "peer", "__weakref__")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
a, b, c = N("a"), N("b"), N("c")
a.peer, b.peer, c.peer = b, c, a
refs = [weakref.ref(x, lambda wr, n=x.name: print("callback", n)) for x in (c, a, b)]
del a, b, c
print("collected:", gc.collect())
print("refs dead:", [r() for r in refs])
