# Sets release items in slot order; sets are always tracked.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other


s = {D(n) for n in [5, 3, 9, 1]}
print([d.n for d in s])
del s
print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked({1}))
