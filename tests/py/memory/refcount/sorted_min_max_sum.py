# Builtins that consume iterables release everything they do not return.
import sys


class N:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __add__(self, other):
        return self.n + (other if isinstance(other, int) else other.n)

    __radd__ = __add__


items = [N(3), N(1), N(2)]
before = [sys.getrefcount(x) for x in items]
m = min(items)
M = max(items)
print("min/max results kept:", m.n, M.n)
s = sorted(items)
del s
print("sorted copy released:", [sys.getrefcount(x) - b for x, b in zip(items, before)])
total = sum(items, 0)
print("sum:", total, [sys.getrefcount(x) - b for x, b in zip(items, before)])
any(items)
all(items)
list(reversed(items))
print("after any/all/reversed:", [sys.getrefcount(x) - b for x, b in zip(items, before)])
