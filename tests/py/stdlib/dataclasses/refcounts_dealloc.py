# reference counts of enum members and dataclass instances, and deallocation order of dataclass fields
import sys, gc
from enum import Enum, Flag, auto
from dataclasses import dataclass, field


class Color(Enum):
    RED = 1
    GREEN = 2


class P(Flag):
    A = auto()
    B = auto()


print(sys.getrefcount(Color.RED), sys.getrefcount(P.A))
x = P.A | P.B
print(sys.getrefcount(x))


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


@dataclass
class Holder:
    a: Tracker
    b: Tracker = field(default_factory=lambda: Tracker("factory"))


h = Holder(Tracker("first"))
print(sys.getrefcount(h), sys.getrefcount(h.a))
del h
print("after del")
h2 = Holder(Tracker("x"), Tracker("y"))
h3 = h2
del h2
print("h3 alive")
h3 = None
print(gc.collect())
