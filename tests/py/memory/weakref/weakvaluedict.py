# WeakValueDictionary drops entries whose values die.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print("len:", len(d), "keys:", sorted(d.keys()))
print("get 3:", d[3].n, "get missing:", d.get(10, "default"))
del o
del objs[1]
print("after one death:", len(d), sorted(d.keys()), 1 in d)
objs.clear()
print("all dead:", len(d), list(d.items()))
try:
    d[2]
except KeyError as e:
    print("KeyError:", e)
keep = Obj(99)
d["k"] = keep
print("setdefault existing:", d.setdefault("k", Obj(0)).n)
print("pop:", d.pop("k").n, len(d))
print("pop default:", d.pop("missing", "dflt"))
d.update({"a": keep, "b": keep})
print("values:", [v.n for v in d.values()], "items:", sorted(k for k, v in d.items()))
c = d.copy()
print("copy:", type(c).__name__, sorted(c.keys()))
del keep, c
print("after keep dies:", len(d))
