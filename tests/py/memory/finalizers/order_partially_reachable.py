# Objects reachable from a surviving object are not finalized; the rest are, in list order.
import gc


class N:
    __slots__ = ("name", "refs")

    def __init__(self, name):
        self.name = name
        self.refs = []

    def __del__(self):
        print("__del__", self.name)


gc.collect()
a, b, c, d, e = (N(x) for x in "abcde")
a.refs = [b]
b.refs = [c, a]
c.refs = [d]
d.refs = [c]
e.refs = [e, d]
survivor = d
del a, b, c, d, e
print("collected:", gc.collect())
print("survivor:", survivor.name, [r.name for r in survivor.refs])
survivor = None
print("collected:", gc.collect())
