# vars() of enum classes in python3's order (members after the bookkeeping attributes, __new__
# last, flag operators and ReprEnum's __format__ in every class) and enum.property a
# types.DynamicClassAttribute.
from enum import Enum, IntEnum, IntFlag, StrEnum, Flag, auto, unique
from dataclasses import dataclass
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    """Colors."""
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.RED
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
class P(Flag):
    R = auto()
    W = auto()
for E in (Color, Pri, P):
    print(E.__name__, list(vars(E)))
    print(sorted(E.__dict__))
print(dir(Color), dir(Color.RED))
print(dir(Pri.LOW)[:10])
print(Color.__members__)
print(vars(Color.RED))
class Coin(Enum):
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj
    PENNY = 1, "penny"
    NICKEL = 5, "nickel"
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = auto()
class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Child(Base):
    A = 1
    B = 2
    ALIAS = 1
class Status(Enum):
    ACTIVE = "active"
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE if value == "on" else None
class Field(Enum):
    name = 1
    value = 2
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
class Corner(Pt, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1
Animal = Enum("Animal", "CAT DOG")
class Mixed(str, Enum):
    X = "x"
for E in (Coin, Perm, Shape, Base, Child, Status, Field, Corner, Animal, Mixed):
    print(E.__name__, list(vars(E)))
print(Coin.PENNY.label, Coin(5), Perm.R | Perm.X, Perm(6), Shape.CIRCLE, Child.ALIAS, Child.A.hello())
print(Status("on"), Field.name, Field.value, Field.name.value, Field.value.name, Corner.UNIT, Corner.UNIT.x)
print(Animal.CAT, repr(Animal.DOG), Mixed.X, f"{Mixed.X}", str(Mixed.X), repr(Corner.ORIGIN))
print(list(Child), Child.__members__, list(Perm), ~Perm.R, Perm.R in Perm.RWX)
print(Shape.CIRCLE.upper(), Perm.R + 1, format(Perm.W), format(Shape.SQUARE, ">8"))
try:
    Status("off")
except ValueError as e:
    print(e)
import enum, types
print(enum.property.__mro__, sorted(vars(enum.property)))
print(sorted(vars(types.DynamicClassAttribute)))
print(issubclass(enum.property, types.DynamicClassAttribute), Coin.__new__.__qualname__, Coin.__new_member__.__qualname__)
