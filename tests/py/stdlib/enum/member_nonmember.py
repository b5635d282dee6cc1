# member(), nonmember(), _ignore_, descriptors and nested names
from enum import Enum, member, nonmember


class Mem(Enum):
    A = 1
    B = nonmember(2)

    @member
    def f(self):
        return "called"

    def g(self):
        return "method"


print([m.name for m in Mem], Mem.B, Mem.A.g(), Mem.f.value(None) if callable(Mem.f.value) else None)


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period[f"day_{i}"] = i


print(list(Period))


class Const(Enum):
    X = 1
    __private = 5


print(list(Const), Const._Const__private)
