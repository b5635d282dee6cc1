# member values of several kinds, int/str behaviour of IntEnum/StrEnum members, negative flag values, IntFlag arithmetic
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Color(Enum):
    RED = 1
    GREEN = "g"
    BLUE = (1, 2)


print(Color.__doc__, Color("g"), Color((1, 2)), hash(Color) == hash(Color))
Color.RED.extra = 5
print(Color.RED.extra, Color.RED.__dict__.get("extra"))
for attempt in ("name", "value"):
    try:
        setattr(Color.RED, attempt, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del Color.RED.value
except AttributeError as e:
    print("AttributeError", e)


class Num(IntEnum):
    ONE = 1
    THREE = 3


print(list(range(Num.THREE)), bin(Num.THREE), [10, 20, 30, 40][Num.THREE], Num.THREE.bit_length(), round(Num.ONE))
print(Num.ONE.__index__(), Num.THREE // 2, Num.THREE.to_bytes(1, "big"), int.__str__(Num.ONE), Num.ONE.numerator)
print(f"{Num.ONE:x} {Num.THREE:>4} {Num.ONE!s} {Num.ONE!r}", "%s %r %d" % (Num.ONE, Num.ONE, Num.ONE))


class Stat(StrEnum):
    A = "alpha"


print(f"{Stat.A:>8}|", "%s|%r" % (Stat.A, Stat.A), Stat.A.split("l"), Stat.A[0], Stat.A * 2, Stat.A.capitalize())


class Gen(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    X = auto()
    Y = auto()


print(list(Gen))


class P(Flag):
    A = 1
    B = 2


print(repr(P(-1)), repr(P(-2)), repr(P(-3)), P._value2member_map_)
print(repr(P.A | P.B), repr(P.A & P.B), repr(P.A ^ P.A), repr(~(P.A | P.B)))
print(P.A.__class__.__name__, P.__class__, type(P).__mro__)
try:
    P.A | 1
except TypeError as e:
    print("TypeError", e)


class Mode(IntFlag):
    R = 4
    W = 2


print(repr(Mode(1)), repr(Mode.R | 1), Mode(1) == 1, Mode(6), repr(Mode(0) | Mode(0)), int(~Mode.R))
print(Mode.R.value, Mode.R.name, Mode(6).value, Mode(6).name, list(Mode(7)), len(Mode(7)), str(Mode(7)))
print(Mode.__members__, Mode._member_names_, Mode._flag_mask_, Mode._all_bits_)
x = Mode.R
x |= Mode.W
print(x, type(x), x is Mode(6))
