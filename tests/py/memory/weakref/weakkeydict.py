# WeakKeyDictionary drops entries whose keys die.
import weakref


class Key:
    def __init__(self, n):
        self.n = n


d = weakref.WeakKeyDictionary()
keys = [Key(i) for i in range(4)]
for k in keys:
    d[k] = k.n * 10
print("len:", len(d), sorted(d.values()))
print("lookup:", d[keys[2]], keys[2] in d, Key(2) in d, 5 in d)
del k
del keys[0]
print("after one death:", len(d), sorted(d.values()))
print("get:", d.get(keys[0]), d.get(Key(9), "none"))
print("pop:", d.pop(keys[0]), len(d))
print("keys are live objects:", sorted(k.n for k in d.keys()))
print("items:", sorted((k.n, v) for k, v in d.items()))
keys.clear()
print("all dead:", len(d))
