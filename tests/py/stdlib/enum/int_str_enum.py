# IntEnum and StrEnum: str()/format() of the data type, repr of the enum
from enum import Enum, IntEnum, StrEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.ONE), f"{Num.ONE}", Num.ONE + 1, Num.ONE < Num.TWO, str(Num.TWO))
print(format(Num.ONE, "03d"), int(Num.TWO), Num(2), Num.TWO == 2, sorted([Num.TWO, Num.ONE]))
print(isinstance(Num.ONE, int), Num.ONE.real, [n * 2 for n in Num], hex(Num.TWO))


class Method(StrEnum):
    GET = auto()
    POST = "post"
    DELETE = auto()


print(Method.GET, repr(Method.GET), Method.POST.upper(), f"{Method.DELETE}", Method.GET == "get")
print(list(Method), Method("post"), "-".join(Method), isinstance(Method.GET, str))


class Mixed(str, Enum):
    A = "a"


print(Mixed.A, repr(Mixed.A), Mixed.A == "a", f"{Mixed.A}", Mixed.A.upper())


class IntMixed(int, Enum):
    X = 5


print(IntMixed.X, repr(IntMixed.X), f"{IntMixed.X}", IntMixed.X + 1)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
