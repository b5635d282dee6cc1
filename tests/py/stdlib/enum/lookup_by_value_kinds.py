# Enum lookups by value with every kind of value: exact ints and strs, bools, floats equal to
# an int value, str and int subclasses, members themselves, members of another enum, values
# found by _missing_, an enum with its own __new__ and _value_, Flag and IntFlag combinations
# (pseudo-members made once, then found), and misses with their errors.
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    TRUE_ONE = True


class Level(IntEnum):
    LOW = 0
    HIGH = 1


class Word(StrEnum):
    A = "a"
    B = "b"


class Coded(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj

    X = (10, "ten")
    Y = (20, "twenty")


class Lenient(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Mode(IntFlag):
    A = 1
    B = 2


class MyInt(int):
    pass


class MyStr(str):
    pass


print(Color(1), Color(2.0), Color(True), Color(Color.GREEN), Color(MyInt(2)))
print(Level(True), Level(0), Level(1.0), Level(MyInt(1)), Level(Level.HIGH))
print(Word("a"), Word(MyStr("b")), Word(Word.A))
print(Coded(10).label, Coded(20), Coded(Coded.X))
print(Lenient("1"), Lenient(1))
print(repr(Perm(3)), Perm(3) is Perm(3), repr(Perm(0)), list(Perm(7)), list(Perm(5)), len(Perm(6)))
print(repr(Mode(3)), Mode(3) is Mode(3), repr(Mode(8)), list(Mode(11)), Mode.A | 2, 1 | Mode.B)
for enum_cls, value in ((Color, 3), (Color, "RED"), (Color, Level.HIGH), (Level, 5), (Word, "c"),
                        (Coded, 30), (Lenient, "x"), (Perm, 8), (Color, [1])):
    try:
        print(enum_cls(value))
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc, type(exc.__context__).__name__)
