# methods, properties, __init__ with tuple values, custom __str__
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e23, 2.4397e6)))


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def first(cls):
        return cls.MON

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    def __str__(self):
        return self.name.title()


print(Weekday.first(), Weekday.WED.next(), f"{Weekday.TUE}", repr(Weekday.TUE), str(Weekday.MON))


class Status(Enum):
    ACTIVE = "active"
    name_ = "x"

    def describe(self):
        return f"{self.name}={self.value}"


print(Status.ACTIVE.describe(), Status.name_.describe())


def label(day):
    match day:
        case Weekday.MON:
            return "start"
        case Weekday.TUE | Weekday.WED:
            return "middle"


print(label(Weekday.MON), label(Weekday.WED))
