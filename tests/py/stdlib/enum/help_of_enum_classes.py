# help() of enum classes as python3 prints it: the EnumType methods it lists (__contains__(member),
# __getitem__, __iter__, __len__, __members__) and Flag's with their docstrings, and __new__ as a
# method defined in the class (python3 assigns the function Enum.__new__, not a staticmethod).
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Color(Enum):
    """Colors."""

    RED = 1
    GREEN = 2


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Perm(Flag):
    R = 4
    W = 2


class Bits(IntFlag):
    A = 1


class Shade(StrEnum):
    DARK = auto()


for cls in (Color, Level, Perm, Bits, Shade):
    help(cls)
    print(type(vars(cls)["__new__"]).__name__, vars(cls)["__new__"] is Enum.__new__)
print(Color.__contains__.__doc__)
print(type(Color).__members__.__doc__)
print(Enum.__dict__["name"].__doc__, Enum.__dict__["value"].__doc__)
print(Perm.__contains__.__doc__, Perm.__iter__.__doc__, Perm.__len__.__doc__)
print(Color.RED.__dir__.__doc__)
print(Color(1), Level(2), Perm(6), Bits(3), Shade("dark"), Perm.R in Perm(6), Color.RED in Color)
print(list(vars(Color))[-3:], list(vars(Level))[-3:])
