# type(name, bases, ns) copies a mapping that overrides __iter__ (an OrderedDict after
# move_to_end) in its own key order, as dict(ns) does.
import collections

od = collections.OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
C = type("C", (), od)
print([k for k in C.__dict__ if k in "abc"])
print(dict(od), {**od})


class D(dict):
    def __iter__(self):
        return iter(["y", "x"])

    def keys(self):
        return ["y", "x"]


E = type("E", (), D(x=1, y=2))
print([k for k in E.__dict__ if k in "xy"], E.x, E.y)
F = type("F", (), {"q": 1, "p": 2})
print([k for k in F.__dict__ if k in "pq"])
