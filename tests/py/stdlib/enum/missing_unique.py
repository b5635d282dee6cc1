# _missing_, @unique and @verify
from enum import CONTINUOUS, UNIQUE, Enum, IntEnum, unique, verify


class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level(2))
try:
    Level(5)
except ValueError as e:
    print("ValueError", e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    Broken(9)
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)


@verify(UNIQUE)
class V(Enum):
    A = 1


print(list(V))
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
        E = 5
except ValueError as e:
    print("ValueError", e)
