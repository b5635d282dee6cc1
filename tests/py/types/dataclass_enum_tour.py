from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from enum import Enum, IntEnum, Flag, auto, unique, StrEnum, IntFlag
from typing import ClassVar, Optional

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.sort_index = self.price * self.qty

items = [Item("b", 2.5, 4), Item("a", 1.0, 10, ["x"]), Item("c", 10.0, 1)]
print(sorted(items))
print(asdict(items[1]), astuple(items[0]))
print(replace(items[0], qty=100))
print([f.name for f in fields(Item)])
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
try: p.x = 2
except FrozenInstanceError as e: print("frozen", e)
print(p, hash(p) == hash(P(1, 0)), P.__slots__)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3, 5), WithInit(2))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__.keys())
try: Color(7)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print(repr(e))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))
class Shape(IntEnum):
    CIRCLE = 1; SQUARE = 2
print(Shape.CIRCLE + 1, Shape.SQUARE == 2, sorted([Shape.SQUARE, Shape.CIRCLE]), f"{Shape.CIRCLE}", str(Shape.CIRCLE), format(Shape.SQUARE, "03d"))
class S(StrEnum):
    A = auto(); B = "bee"
print(S.A, S.B, repr(S.A), S.A.upper(), f"{S.B}")
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius): self.mass, self.radius = mass, radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.EARTH.name)
class IF(IntFlag):
    A = 1; B = 2; C = 4
print(IF.A | IF.C, repr(IF.A | 8), IF(7), IF.A | 2)
print(Color.RED.__class__, type(Color), isinstance(Color.RED, Color), Color._member_map_ is not None)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto(); Y = auto()
print(list(Ord), Ord.X.value)
