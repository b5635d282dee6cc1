# TypedDict: a key overridden in a subclass (or by a later base) moves between __required_keys__ and
# __optional_keys__ instead of ending in both; calling a TypedDict class is dict(...) itself, so
# keywords such as cls and self are plain keys.
from typing import TypedDict, NotRequired, Required
class NotTotal(TypedDict, total=False):
    a: int
class Total(NotTotal):
    a: int
print(sorted(NotTotal.__required_keys__), sorted(NotTotal.__optional_keys__), sorted(Total.__required_keys__), sorted(Total.__optional_keys__))
class Base(TypedDict):
    a: NotRequired[int]
    b: Required[int]
class Child(Base):
    a: Required[int]
    b: NotRequired[int]
print(sorted(Base.__required_keys__), sorted(Base.__optional_keys__), sorted(Child.__required_keys__), sorted(Child.__optional_keys__))
class Base1(TypedDict):
    a: NotRequired[int]
class Base2(TypedDict):
    a: Required[str]
class Child2(Base1, Base2):
    pass
print(Child2.__annotations__, sorted(Child2.__required_keys__), sorted(Child2.__optional_keys__))
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
print(Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie(title="x"), Movie.__annotations__)
print(Movie(cls=str, self=42, typename="foo"), type(Movie(title="t")).__name__, type(Movie).__call__)
class Point(TypedDict):
    x: int
print(Point(x=1, y=2), Point({"x": 3}), Point([("x", 4)]), Point())
