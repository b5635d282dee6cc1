# @dataclass: generated __init__, __repr__, __eq__, defaults and default_factory
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
q = Point(1, 0, [])
print(p, p == q, p != Point(2), p is not q, p.tags is not q.tags)
p.tags.append("t")
print(p, q, Point(y=5, x=3), Point(1, 2, ["a"]))
print(Point.__match_args__, Point.__hash__, Point.__eq__.__qualname__, Point.__init__.__qualname__)
print(Point.__init__.__annotations__, Point.y, hasattr(Point, "tags"))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, [], 4)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)
match Point(4, 5):
    case Point(x, y):
        print("matched", x, y)
