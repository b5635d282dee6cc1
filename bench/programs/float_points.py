# Many small float objects (in the spirit of pyperformance's float): a Point class with
# math.sin/cos/sqrt, normalisation, max-reduction with attribute access.
from math import cos, sin, sqrt

import sys

# tests/py/programs/float_points.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 400000


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


print(run(SCALE))
print(run(SCALE // 7 + 3))
total = 0.0
for i in range(1, 2000):
    total += (i ** 0.5) * 1.000001 - abs(-i / 3.0) + float(i % 17) ** 2 / (1 + i)
print("%.6f" % total, round(total, 3), int(total), repr(total * 1e-9), "%g %e" % (total, total))
