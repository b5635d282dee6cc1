# One finalizer resurrects its own cycle; an unrelated cycle in the same collection is freed.
import gc

saved = []


class Keeper:
    __slots__ = ("peer", "name")

    def __del__(self):
        print("Keeper __del__", self.name)
        saved.append(self)


class Plain:
    __slots__ = ("peer", "name")

    def __del__(self):
        print("Plain __del__", self.name)


gc.collect()
k1, k2 = Keeper(), Keeper()
k1.name, k2.name = "k1", "k2"
k1.peer, k2.peer = k2, k1
p1, p2 = Plain(), Plain()
p1.name, p2.name = "p1", "p2"
p1.peer, p2.peer = p2, p1
del k1, k2, p1, p2
print("collected:", gc.collect())
print("saved:", sorted(s.name for s in saved))
saved.clear()
print("collected again:", gc.collect())
