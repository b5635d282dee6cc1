# slots=True builds a new class with __slots__
from dataclasses import dataclass, fields


@dataclass(slots=True)
class P:
    x: int
    y: int = 2


p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(P)])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError")
p.x = 10
print(p, P.__qualname__, P.__name__)


@dataclass(slots=True, frozen=True)
class F:
    a: int


f = F(1)
print(f, f.__getstate__(), F.__slots__)
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print("TypeError", e)
