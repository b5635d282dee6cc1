# dataclass inheritance: field order, overriding defaults, non-dataclass bases
from dataclasses import dataclass, field, fields


@dataclass
class A:
    x: int
    y: int = 1


@dataclass
class B(A):
    z: int = 2
    y: int = 10


print(B(0), [f.name for f in fields(B)], B(0, 5, 6))


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class C(Mixin, A):
    w: str = "w"


print(C(3), C(3).describe(), C.__mro__[1].__name__)


@dataclass
class D(A):
    def __repr__(self):
        return "custom D"


print(D(1), D(1) == D(1), D(1) == A(1))


@dataclass(repr=False, eq=False)
class E(A):
    extra: list = field(default_factory=list)


e = E(1)
print(e == E(1), type(repr(e)).__name__, e.extra)
