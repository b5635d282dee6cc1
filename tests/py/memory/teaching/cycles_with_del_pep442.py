import gc

# Since Python 3.4 (PEP 442) cycles whose objects define __del__ are collected;
# each __del__ runs once, and gc.garbage stays empty.


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name, "other is", self.other.name if self.other else None)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("unreachable found:", gc.collect())
print("gc.garbage:", gc.garbage)

# resurrection: __del__ stores self somewhere reachable
saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__ (runs once)")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("collect:", gc.collect())
print("resurrected:", len(saved))
saved.clear()
print("collect again:", gc.collect())
print("saved:", saved)
