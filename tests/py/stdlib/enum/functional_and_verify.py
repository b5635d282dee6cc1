# functional API variants, _order_, verify checks, global_enum, auto() deprecation path
import enum
from enum import Enum, Flag, IntEnum, StrEnum, auto, verify, NAMED_FLAGS, CONTINUOUS, UNIQUE

Tri = Enum("Tri", (("A", 1), ("B", 2)), start=5)
print(list(Tri), Tri.__qualname__)
Nums = IntEnum("Nums", ["ZERO", "ONE"], start=0)
print(list(Nums), Nums.ONE + Nums.ONE, Nums.__module__)
Words = StrEnum("Words", "HELLO WORLD")
print(list(Words), Words.HELLO.upper())
Sized = Enum("Sized", "S M L", type=int)
print(repr(Sized.M), Sized.M + 0, Sized.__mro__)
Bits = Flag("Bits", [("X", 1), ("Y", 2), ("XY", 3)])
print(list(Bits), Bits.XY, Bits(3) is Bits.XY)
Mapped = Enum(value="Mapped", names={"a": "x", "b": "y"})
print(list(Mapped))
try:
    Tri("C", "D")
except TypeError as e:
    print("TypeError", e)


class Ordered(Enum):
    _order_ = "A B C"
    A = 1
    B = 2
    C = 3
    AA = 1


print(list(Ordered), "_order_" in Ordered.__dict__)
try:
    @verify(NAMED_FLAGS)
    class Broken(Flag):
        A = 1
        B = 2
        BAD = 11
except ValueError as e:
    print("ValueError", e)


@verify(CONTINUOUS, UNIQUE)
class Good(IntEnum):
    A = 1
    B = 2
    C = 3


print(list(Good), EnumCheckRepr := repr(UNIQUE), str(CONTINUOUS), list(enum.EnumCheck))


class Floaty(Enum):
    A = 1.5
    B = auto()


print(list(Floaty))


class Texty(Enum):
    A = "a"
    B = auto()


print(list(Texty))
