# Iterated function systems drawn by the chaos game (in the spirit of pyperformance's chaos):
# a GVector class with operator overloading, B-spline evaluation with knot search, random
# choices weighted by cumulative lengths, a bitmap of visited cells, float formatting.
import math
import random

import sys

# tests/py/programs/chaos_game.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 40000


class GVector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)

    def __repr__(self):
        return "GVector(%r, %r, %r)" % (self.x, self.y, self.z)


class Spline:
    """A uniform B-spline of the given degree through control points."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for k in knots[1:]:
            if k < last:
                raise ValueError("knots not strictly increasing")
            last = k
        self.knots = knots
        self.points = points
        self.degree = degree

    def domain(self):
        return self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree]

    def __call__(self, u):
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if self.knots[ii] <= u <= self.knots[ii + 1]:
                dom = ii
                break
        else:
            raise ValueError("%f not in domain" % u)
        d = [self.points[dom - self.degree + 1 + k] for k in range(self.degree + 1)]
        for ik in range(1, self.degree + 1):
            for ii in range(self.degree, ik - 1, -1):
                lo = self.knots[dom - self.degree + ii]
                hi = self.knots[dom + ii - ik + 1]
                alpha = (u - lo) / (hi - lo)
                d[ii] = d[ii - 1].linear_combination(d[ii], 1 - alpha, alpha)
        return d[self.degree]

    def __len__(self):
        return len(self.points)


class Chaos:
    def __init__(self, splines, thickness, rng):
        self.splines = splines
        self.thickness = thickness
        self.rng = rng
        self.minx = min(p.x for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        lengths = []
        for s in splines:
            lo, hi = s.domain()
            length = 0.0
            prev = s(lo)
            steps = 40
            for i in range(1, steps + 1):
                cur = s(lo + (hi - lo) * i / steps)
                length += cur.dist(prev)
                prev = cur
            lengths.append(length)
        total = sum(lengths)
        acc = 0.0
        self.cumulative = []
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)

    def transform(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        r = self.rng.random()
        idx = 0
        for idx, c in enumerate(self.cumulative):
            if r <= c:
                break
        s = self.splines[idx]
        lo, hi = s.domain()
        base = s(lo + (hi - lo) * y)
        side = s(min(hi, lo + (hi - lo) * y + 0.01))
        dx, dy = side.x - base.x, side.y - base.y
        n = math.hypot(dx, dy) or 1.0
        off = (x - 0.5) * self.thickness
        return GVector(base.x - dy / n * off, base.y + dx / n * off, 0.0)

    def run(self, iterations, size):
        grid = [[0] * size for _ in range(size)]
        p = GVector((self.minx + self.maxx) / 2, (self.miny + self.maxy) / 2, 0.0)
        for _ in range(iterations):
            p = self.transform(p)
            gx = int((p.x - self.minx) / self.width * (size - 1) + 0.5)
            gy = int((p.y - self.miny) / self.height * (size - 1) + 0.5)
            if 0 <= gx < size and 0 <= gy < size:
                grid[gy][gx] += 1
        return grid, p


splines = [
    Spline([GVector(1.597350, 3.304460), GVector(1.575810, 4.123260), GVector(1.313210, 5.288350),
            GVector(1.618900, 5.329910), GVector(2.889940, 5.502700), GVector(2.373060, 4.381830),
            GVector(1.662000, 4.360280)], 3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
    Spline([GVector(2.804500, 4.017350), GVector(2.550500, 3.525230), GVector(1.979010, 2.620360),
            GVector(1.979010, 2.620360)], 3, [0, 0, 0, 1, 1, 1]),
    Spline([GVector(2.001670, 4.011320), GVector(2.335040, 3.312830), GVector(2.366800, 3.233460),
            GVector(2.366800, 3.233460)], 3, [0, 0, 0, 1, 1, 1]),
]
rng = random.Random(1234)
chaos = Chaos(splines, 0.25, rng)
grid, last = chaos.run(SCALE, 64)
filled = sum(1 for row in grid for c in row if c)
print(filled, max(max(r) for r in grid), str(last), repr(GVector(0.1, 1 / 3, 2e-300)))
print(["%.6f" % c for c in chaos.cumulative], "%.9f" % chaos.width, "%.9f" % chaos.height)
rows = ["".join(" .:-=+*#%@"[min(9, c)] for c in row[::2]) for row in grid[::4]]
print("\n".join(r.rstrip() for r in rows))
try:
    Spline([GVector()], 3, [0, 1])
except ValueError as e:
    print("ValueError:", e)
