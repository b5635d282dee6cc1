from collections import namedtuple
from dataclasses import dataclass
import abc

# Shape is the base of every figure.
class Shape(abc.ABC):
    """A drawable shape."""
    units = "cm"
    registry = {"a": list(range(30)), "b": "x" * 200}

    def __init__(self, name):
        self.name = name

    @abc.abstractmethod
    def area(self):
        """Area in square units."""

    def describe(self):
        return f"{self.name}: {self.area()}"

    @classmethod
    def unit(cls):
        """The unit of length."""
        return cls.units

    @staticmethod
    def valid(x):
        return x >= 0

    @property
    def label(self):
        """Upper-case name."""
        return self.name.upper()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.name == other.name

    def __repr__(self):
        return f"Shape({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    @property
    def diameter(self):
        return 2 * self.r

    @diameter.setter
    def diameter(self, d):
        self.r = d / 2

    size = area


class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y


Pair = namedtuple("Pair", "left right")


@dataclass
class Config:
    """Settings."""
    path: str
    retries: int = 3


async def fetch(url, *, timeout=10):
    """Fetch a URL."""


# adds one
def inc(x):
    return x + 1


help(Shape)
help(Circle)
help(Point)
help(Pair)
help(Config)
help(fetch)
help(inc)
help(Circle(1).describe)
help(Shape.unit)
help(lambda a, b=2: a)


class Meta(type):
    """A metaclass with a docstring of its own."""


class WithMeta(metaclass=Meta):
    """The class's own docstring."""
    value = 1


print(object.__getattribute__(WithMeta, "__doc__"), object.__getattribute__(WithMeta, "value"))
print(Point.__dict__["x"].__doc__, Circle.__dict__["__dict__"].__doc__ if "__dict__" in Circle.__dict__ else Shape.__dict__["__dict__"].__doc__)
print(Shape.__dict__["__weakref__"].__doc__)
help(WithMeta)
