# auto(): default numbering, custom _generate_next_value_, tuples
from enum import Enum, Flag, auto


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Ordinal))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    ALPHA = auto()
    BETA = auto()


print(list(Named), Named.BETA.value)


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = 64
    E = auto()


print([m.value for m in Bits], repr(auto()))


class Pairs(Enum):
    P = (auto(), "x")
    Q = (auto(), "y")


print(Pairs.P.value, Pairs.Q.value)
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print("TypeError", e)
