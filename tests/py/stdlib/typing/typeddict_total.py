# TypedDict class syntax with the total= class keyword
from typing import Required, TypedDict


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]


class More(Partial):
    c: float


print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(More.__required_keys__), sorted(More.__optional_keys__), More.__total__)
