# members exist when __init_subclass__ runs; _missing_ returning a member; __init__ with tuple values; float mixin
import enum
from enum import Enum, IntEnum


class Base(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__, list(cls), cls._member_names_)


class X(Base):
    A = 1
    B = 2


class Lower(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m


print(Lower("A"), Lower("a"))


class Kw(Enum):
    def __init__(self, *args):
        print("init", self.__dict__.get("_name_"), args)
        self.args = args

    A = 1, 2
    B = 3


print(Kw.A.args, Kw.B.args, Kw.A.value)


class Planet(float, Enum):
    EARTH = 1.0
    MARS = 0.38

    def weight(self, kg):
        return kg * self


print(Planet.MARS.weight(100), repr(Planet.EARTH), Planet.EARTH + 1, str(Planet.MARS), f"{Planet.MARS}")
print(isinstance(Planet.MARS, float), Planet(0.38), sorted(Planet))
