import functools

@functools.total_ordering
class Lt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
a, b = Lt(1), Lt(2)
print(a > b, a <= b, a >= b, b >= b, sorted([Lt(3), Lt(1), Lt(2)], reverse=True)[0].v)
print(Lt.__gt__.__name__, Lt.__gt__.__qualname__, Lt.__gt__.__doc__, Lt.__le__.__doc__)

for root in ["__le__", "__gt__", "__ge__"]:
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda self, o: self.v == o.v}
    ns[root] = {"__le__": lambda s, o: s.v <= o.v, "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}[root]
    cls = functools.total_ordering(type("C" + root.strip("_"), (), ns))
    x, y = cls(1), cls(2)
    print(root, x < y, x <= y, x > y, x >= y, y < x, y <= x, y > x, y >= x, x <= cls(1), x >= cls(1))
    print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in cls.__dict__))

@functools.total_ordering
class NI:
    def __lt__(self, other):
        return NotImplemented
try:
    NI() > NI()
except TypeError as e:
    print("TypeError", e)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
@functools.total_ordering
class Both:
    def __lt__(self, o):
        return "lt"
    def __gt__(self, o):
        return "gt"
print(Both() < Both(), Both() > Both(), Both() <= Both(), Both.__le__.__qualname__)
class Base:
    def __lt__(self, o):
        return True
@functools.total_ordering
class Derived(Base):
    pass
print(Derived() >= Derived(), Derived.__ge__.__qualname__)
