# Weak references to objects collected by the cycle collector: cleared, callbacks called.
import gc
import weakref


class Node:
    pass


gc.collect()
a = Node()
b = Node()
a.peer = b
b.peer = a
ra = weakref.ref(a, lambda wr: print("callback for a, dead:", wr() is None))
rb = weakref.ref(b)
del a, b
print("before collect:", ra() is not None, rb() is not None)
n = gc.collect()
print("after collect:", ra(), rb())
