# namedtuple: construction, fields, defaults, _make/_asdict/_replace, repr, docs
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, tuple(p), len(p), p == (1, 2))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__match_args__, Point.__slots__)
x, y = p
print(x + y, hash(p) == hash((1, 2)), isinstance(p, tuple), Point.__bases__)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3._field_defaults, P3.__new__.__defaults__)
One = namedtuple("One", "only")
print(One(1), One.__doc__, One._make("z"))
R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x"], rename=True)
print(R._fields)
M = namedtuple("M", "a,b c", module="mymod")
print(M.__module__, M(1, 2, 3))


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, abs(v), v + Vec(1, 1), v._replace(y=0))
match p:
    case Point(x=1, y=yy):
        print("matched y", yy)
print(p.__getnewargs__(), Point._make(iter([7, 8])))
