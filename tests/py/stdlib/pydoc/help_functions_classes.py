def f(a, b=2):
    """Add things.

    More text."""
    return a + b
help(f)
help(len)
class C:
    """A class."""
    def m(self): "method doc"
help(C.m)
class D:
    """A class doc."""
    x = 1
    def m(self, y):
        "method doc"
    @property
    def p(self): "prop doc"
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): "cm"
help(D)
import math
help(math.sqrt)
help(str.upper)
class Base:
    def base_m(self): "from base"
class Point(Base):
    """A 2D point."""
    def __init__(self, x, y):
        self.x, self.y = x, y
    def dist(self):
        """Distance to the origin."""
        return (self.x ** 2 + self.y ** 2) ** 0.5
help(Point.dist)
help(print)
help(abs)
help(lambda x: x)
