# A finalizer that allocates new cycles: they are left for a later collection.
import gc


class Node:
    __slots__ = ("peer",)


class Maker:
    __slots__ = ("me",)

    def __del__(self):
        n = Node()
        n.peer = n
        print("made a new cycle during finalization")


gc.collect()
m = Maker()
m.me = m
del m
print("first:", gc.collect())
print("second:", gc.collect())
