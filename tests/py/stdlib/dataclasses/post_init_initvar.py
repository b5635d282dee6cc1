# __post_init__ and InitVar pseudo-fields
from dataclasses import InitVar, dataclass, field, fields, replace


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3, 2)
print(r, [f.name for f in fields(Rect)], InitVar[float], InitVar[list[int]])
print(Rect(1, 1), replace(r, w=1.0, scale=1.0))
try:
    replace(r, w=1)
    print("replace ok")
except ValueError as e:
    print("ValueError", e)


@dataclass
class NeedsVar:
    x: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.x *= factor


n = NeedsVar(2, 5)
print(n)
try:
    replace(n, x=1)
except ValueError as e:
    print("ValueError", e)
print(hasattr(n, "factor"), NeedsVar.__dataclass_fields__["factor"]._field_type)


@dataclass
class Base:
    a: int

    def __post_init__(self):
        print("Base post init", self.a)


@dataclass
class Child(Base):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Child post init", self.b)


Child(1, 2)
