# A finalizer that resurrects its cycle: the collector notices and frees nothing.
import gc

rescued = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        rescued.append(self)


gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("first collection:", gc.collect())
print("rescued:", sorted(n.name for n in rescued))
print("finalized:", [gc.is_finalized(n) for n in rescued])
rescued.clear()
print("second collection (no __del__ this time):", gc.collect())
