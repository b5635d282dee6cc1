# Tuple unpacking and float arithmetic (in the spirit of pyperformance's unpack_sequence and
# float): many sequence unpackings (tuples, lists, starred, nested, swaps) in tight loops,
# then Point objects with sin/cos/sqrt normalisation and maximize over a list of points.
import math
import sys

# tests/py/bench_like/unpack_float.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 100000


def unpacking(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = list(t)
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = t
        acc += a + k
        a, b, c, d, e, f, g, h, j, k = lst
        acc += b * j
        first, *mid, last = lst
        acc += first + last + len(mid)
        (x, y), (z, w) = (i, 1), (2, i)
        x, y = y, x
        acc += x - y + z * w
        p, q, r = divmod(i, 7) + (i & 3,)
        acc += p + q + r
    return acc


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def floats(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def main():
    print(unpacking(SCALE))
    p = floats(SCALE)
    print(f"{p.x:.12f} {p.y:.12f} {p.z:.12f}")
    s = 0.0
    for i in range(1, SCALE):
        s += math.fsum((1.0 / i, -0.5 / i)) + math.hypot(i, 1.5) % 1.0
    print(repr(s), float.hex(s), (s * 1e300 * 1e10), -0.0, 1e22, 1 / 3, 2.5e-320)


main()
