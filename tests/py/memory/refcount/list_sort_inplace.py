# Sorting in place moves references around without changing counts.
import sys


class N:
    def __init__(self, n):
        self.n = n


items = [N(i) for i in (5, 3, 9, 1)]
counts = {x.n: sys.getrefcount(x) for x in items}
items.sort(key=lambda x: x.n)
print([x.n for x in items], all(sys.getrefcount(x) == counts[x.n] for x in items))
items.reverse()
print([x.n for x in items], all(sys.getrefcount(x) == counts[x.n] for x in items))
