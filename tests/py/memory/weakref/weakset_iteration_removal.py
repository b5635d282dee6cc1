# Members dying while a WeakSet is iterated are removed after the iteration.
import weakref


class M:
    def __init__(self, n):
        self.n = n


ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms)
seen = 0
for m in s:
    seen += 1
    if seen == 1:
        del ms[:]
        print("killed the others during iteration; len now", len(s))
del m
print("seen:", seen, "len after:", len(s))
