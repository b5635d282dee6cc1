# copy/deepcopy look __reduce_ex__ up on the object, through its __getattribute__
import copy
class Hidden:
    def __getattribute__(self, name):
        if name.startswith("__reduce"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Hidden())
    except copy.Error as e:
        print(fn.__name__, "Error:", e)

class Proxy:
    """Forwards every attribute but _target to the wrapped object."""
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattribute__(self, name):
        if name == "_target":
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Proxy(Point(1, [2]))
for fn in (copy.copy, copy.deepcopy):
    c = fn(p)
    print(fn.__name__, type(c).__name__, c, c.y is p.y)

class Plain:
    def __init__(self):
        self.items = [1, 2]
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
a = Plain()
b = copy.copy(a)
c = copy.deepcopy(a)
print(type(b).__name__, b.items is a.items, c.items == a.items, c.items is a.items)
