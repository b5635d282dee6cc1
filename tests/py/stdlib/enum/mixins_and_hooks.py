# less common enum machinery: custom __new__, mixins, unhashable values, _missing_ on Flag,
# subclassing member-less enums, __init_subclass__, enum.property, copy and pickling hooks
import copy
import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, nonmember


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PX, Coord.PY.value, Coord(1).label, Coord.PX == b"\x00", Coord._member_type_)


class Describe:
    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Size(Describe, Enum):
    S = 1
    M = 2


print(Size.S.describe(), repr(Size.M), Size._member_type_, Size.__mro__)


class Pt(Enum):
    A = [1, 2]
    B = [3]
    C = [1, 2]


print(Pt([3]), Pt.C is Pt.A, list(Pt), Pt._unhashable_values_)
try:
    Pt([9])
except ValueError as e:
    print("ValueError", e)


class Base(Enum):
    def double(self):
        return self.value * 2


class Child(Base):
    X = 4


print(Child.X.double(), issubclass(Child, Base), isinstance(Child.X, Base), Base.__members__)


class Tracked(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__)


class T2(Tracked):
    A = 1


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @enum.property
    def sides(self):
        return self.value

    limit = nonmember(10)


print(Shape.SQUARE.sides, Shape.limit, copy.copy(Shape.SQUARE) is Shape.SQUARE)
print(Shape.TRIANGLE.__reduce_ex__(2), copy.deepcopy({"s": Shape.SQUARE})["s"] is Shape.SQUARE)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            result = cls(0)
            for part in value.split("+"):
                result |= cls[part.upper()]
            return result
        return super()._missing_(value)


print(Color("red+blue"), Color(3), repr(Color(0)))
try:
    Color(16)
except ValueError as e:
    print("ValueError", e)


class Num(IntFlag):
    ONE = 1
    TWO = 2


print(Num.ONE | 4, repr(Num(4)), Num(4) is Num(4), Num.TWO ^ 3, ~Num(0), repr(~Num.TWO), -Num.ONE, Num.ONE << 2)
print(list(Num(7)), Num(7).name, abs(Num.TWO), Num.ONE * 3, repr(Num.ONE & Num.TWO))


class Weekday(IntEnum):
    MON = 1
    TUE = auto()
    WED = auto()


print(list(Weekday), Weekday.WED.value, Weekday(2).name, list(reversed(Weekday)))
print(Weekday.__members__.keys(), len(Weekday), Weekday.MON in Weekday, type(Weekday.__members__))
try:
    Weekday.__members__["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(Enum.__members__, enum.EnumMeta, enum.EnumType.__name__, isinstance(Weekday, enum.EnumMeta))
