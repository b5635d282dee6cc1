# Keys, lambdas and sorting.
import sys


class Rec:
    def __init__(self, n):
        self.n = n


recs = [Rec(3), Rec(1), Rec(2)]
key = lambda r: r.n
print("lambda refs:", sys.getrefcount(key))
out = sorted(recs, key=key)
print("after sorted:", [r.n for r in out], sys.getrefcount(key), sys.getrefcount(recs[0]))
recs.sort(key=key, reverse=True)
print("after sort:", [r.n for r in recs], sys.getrefcount(recs[0]))
best = max(recs, key=key)
print("max result:", best.n, sys.getrefcount(best))
del out
print("copy dropped:", sys.getrefcount(best))
