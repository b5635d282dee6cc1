# WeakKeyDictionary iteration with keys dying mid-way.
import weakref


class K:
    def __init__(self, n):
        self.n = n


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary((k, k.n) for k in keys)
got = []
for k in d:
    got.append(k.n)
    if k.n == 0:
        del keys[2]
del k
print("got:", sorted(got))
print("len after:", len(d), sorted(v for v in d.values()))
