# Entries whose values die during iteration are removed after the iteration ends.
import weakref


class V:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
vals = {k: V(k) for k in range(5)}
for k, v in vals.items():
    d[k] = v
del v
seen = []
for k in d.keys():
    seen.append(k)
    if k == 1:
        del vals[3]
print("seen:", seen)
print("after iteration:", sorted(d.keys()), len(d))
