# References min() and max() hold while they compare: the call's argument tuple, its iterator
# and the current best item, seen from the operands' __lt__ / __gt__ and from a key function.
import gc
import sys


class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("lt", self.n, other.n, sys.getrefcount(self), sys.getrefcount(other))
        return self.n < other.n

    def __gt__(self, other):
        print("gt", self.n, other.n, sys.getrefcount(self), sys.getrefcount(other))
        return self.n > other.n

    def __repr__(self):
        return f"V({self.n})"


a, b, c = V(2), V(1), V(3)
print(min(a, b, c), max(a, b), sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c))
print(min([a, b, c]), max((a, b, c)))


def key(v):
    print("key", v.n, sys.getrefcount(v))
    return -v.n


print(min(a, b, c, key=key), max([a, b], key=key))
print(min(b, a, key=None), max(iter([c, a]), default=None), min((), default=a) is a)
gc.collect()
before = gc.get_count()[0]
for _ in range(50):
    min(1, 2)
    max(3, 4, 5)
print(gc.get_count()[0] - before, sys.getrefcount(a), sys.getrefcount(b))
