# Tuples release items last to first; gc untracks tuples of atomic items at a collection.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


t = tuple(D(i) for i in range(4))
print("drop")
del t
a = (1, 2, "x")
b = (1, [])
c = ((1, 2), (3,))
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(()))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(()))
