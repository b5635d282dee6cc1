# Finalizers run while every object of the cycle is still intact; tp_clear comes after.
import gc


class Item:
    __slots__ = ("value", "owner")

    def __del__(self):
        print("item __del__: owner still has", len(self.owner.items), "items, value", self.value)


class Owner:
    __slots__ = ("items",)

    def __del__(self):
        print("owner __del__ with", [i.value for i in self.items])


gc.collect()
o = Owner()
o.items = []
for v in range(3):
    it = Item()
    it.value = v
    it.owner = o
    o.items.append(it)
del o, it
print("collected:", gc.collect())
