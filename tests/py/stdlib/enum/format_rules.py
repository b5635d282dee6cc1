# format() and str() rules of 3.11 across enum kinds
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto


class Color(Enum):
    RED = 1


class Num(IntEnum):
    ONE = 1


class Mixed(int, Enum):
    TWO = 2


class Txt(str, Enum):
    A = "alpha"


class S(StrEnum):
    B = "beta"


class Perm(Flag):
    R = auto()
    W = auto()


class Mode(IntFlag):
    X = 1
    Y = 8


class Custom(Enum):
    Z = 26

    def __format__(self, spec):
        return f"<{self.name}:{spec}>"


for member in (Color.RED, Num.ONE, Mixed.TWO, Txt.A, S.B, Perm.R, Perm.R | Perm.W, Perm(0), Mode.X, Mode.X | Mode.Y, Mode(2), Custom.Z):
    print(repr(member), "|", str(member), "|", format(member), "|", f"{member:>14}|", "{0!s:^12}|{0!r}".format(member))
print(format(Num.ONE, "05d"), format(Mode.Y | Mode.X, "08b"), f"{Num.ONE:+}", f"{S.B:.2}")
try:
    format(Color.RED, "d")
except ValueError as e:
    print("ValueError", e)
print("%s %r %d %x" % (Mode.Y, Mode.Y, Mode.Y, Mode.Y | Mode.X), "%s" % Txt.A, "%s" % Perm.W)
