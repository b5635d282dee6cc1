# Trees whose children point back at their parent.
import gc


class T:
    __slots__ = ("parent", "kids")

    def __init__(self, parent=None):
        self.parent = parent
        self.kids = []
        if parent is not None:
            parent.kids.append(self)


gc.collect()
root = T()
for _ in range(3):
    c = T(root)
    for _ in range(2):
        T(c)
del c
print("tree alive:", gc.collect())
del root
print("tree collected (10 nodes + 10 kid lists):", gc.collect())
