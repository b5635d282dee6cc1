# The collector clears all weak references before calling callbacks, so a callback cannot
# reach the dying objects through another weakref.
import gc
import weakref


class N:
    __slots__ = ("peer", "__weakref__")


gc.collect()
a, b = N(), N()
a.peer, b.peer = b, a
rb = weakref.ref(b)
ra = weakref.ref(a, lambda wr: print("in callback, other ref gives:", rb()))
del a, b
print("collected:", gc.collect())
