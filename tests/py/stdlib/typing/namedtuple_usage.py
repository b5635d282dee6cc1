# typing.NamedTuple in real code: methods, properties, sorting, unpacking, matching, subclassing
from typing import List, NamedTuple, Optional


class Point(NamedTuple):
    x: float
    y: float = 0.0

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def moved(self, dx: float, dy: float) -> "Point":
        return self._replace(x=self.x + dx, y=self.y + dy)

    @classmethod
    def origin(cls) -> "Point":
        return cls(0.0)

    def __str__(self):
        return f"<{self.x}, {self.y}>"


p = Point(3.0, 4.0)
print(p, repr(p), p.norm, p.moved(1, 1), Point.origin(), Point(1) < Point(2), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, p[0], p[-1], len(p), p._asdict(), Point._make([5, 6]), Point._fields, Point.__match_args__)
match p:
    case Point(x=3.0, y=yy):
        print("matched", yy)


class Person(NamedTuple):
    """A person."""
    name: str
    friends: List[str] = []
    nick: Optional[str] = None


a = Person("ann")
print(a, Person.__doc__, Person._field_defaults, Person.__annotations__, hash(Point(1, 2)) == hash((1, 2)))


class Point3(Point):
    def describe(self):
        return f"point {self.x}"


print(Point3(1, 2).describe(), Point3.__mro__, Point3(1, 2))
Emp = NamedTuple("Emp", [("name", str), ("age", int)])
e = Emp("z", 3)
print(e, e._replace(age=4), Emp.__annotations__, Emp.__orig_bases__ if hasattr(Emp, "__orig_bases__") else None)
try:
    NamedTuple("X", [("a", int)], b=int)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(NamedTuple, int):
        x: int
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
