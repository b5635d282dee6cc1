# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc


class Node:
    __slots__ = ("name", "peer")


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug())
a = Node()
a.name = "a"
b = Node()
b.name = "b"
a.peer = b
b.peer = a
del a, b
print("collected:", gc.collect())
print("saved:", sorted(n.name for n in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("freed when garbage is cleared and collected again:", gc.collect())
print("garbage now:", gc.garbage)
