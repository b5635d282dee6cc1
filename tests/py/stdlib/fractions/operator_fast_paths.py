# The four arithmetic operators and the comparisons of two exact Fractions, or of an exact
# Fraction and an exact int, on both sides: values, result types, zero division messages,
# and the same operators with subclasses, bools and other Rationals, which take the general path.
from fractions import Fraction as F
import numbers

vals = [F(0), F(1), F(-1), F(1, 3), F(-5, 6), F(7, 12), F(10**20 + 1, 3**40), F(-(2**70), 5**30)]
ints = [0, 1, -1, 6, -12, 2**64, -(3**45)]

for x in vals:
    for y in vals + ints:
        for name, op in [("+", lambda p, q: p + q), ("-", lambda p, q: p - q), ("*", lambda p, q: p * q), ("/", lambda p, q: p / q)]:
            for p, q in [(x, y), (y, x)]:
                try:
                    r = op(p, q)
                    print(repr(p), name, repr(q), "=", repr(r), type(r).__name__, r.numerator.bit_length())
                except ZeroDivisionError as e:
                    print(repr(p), name, repr(q), "ZeroDivisionError", e)
        print(x < y, x <= y, x > y, x >= y, x == y, x != y, y < x, y >= x, y == x)


class G(F):
    pass


class Num(numbers.Rational):
    """A Rational that is neither int nor Fraction."""
    def __init__(self, n, d=1):
        self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
    def __repr__(self): return f"Num({self.n}, {self.d})"
    # the abstract methods: NotImplemented, so that Fraction's reflected operators answer
    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = lambda *a: NotImplemented
    __mod__ = __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = lambda *a: NotImplemented
    __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = lambda *a: NotImplemented


g = G(3, 4)
for other in [F(1, 4), 2, True, False, G(1, 2), 0.25]:
    for p, q in [(g, other), (other, g), (F(3, 4), other)]:
        for name, op in [("+", lambda p, q: p + q), ("-", lambda p, q: p - q), ("*", lambda p, q: p * q), ("/", lambda p, q: p / q)]:
            try:
                r = op(p, q)
                print(repr(p), name, repr(q), "=", repr(r), type(r).__name__)
            except ZeroDivisionError as e:
                print(repr(p), name, repr(q), "ZeroDivisionError", e)
        print(p < q, p == q, p > q)
n = Num(2, 3)
print(n + F(1, 3), n - F(1, 3), n * F(1, 3), n / F(1, 3), F(1, 3) < n, F(1, 3) == n)
print(type(n + F(1, 3)), type(n + G(1)), n + G(1, 2))
try:
    Num(1) / F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
s = F(0)
for k in range(1, 60):
    s += F(1, k)
    s -= F(1, k + 1) * F(k, k + 2)
print(s)
print(F(2, 4) == F(1, 2), F(1, 2) != F(1, 2), hash(F(1, 2) + F(1, 2)) == hash(1), {F(1, 2) + F(1, 2): 1}[1])
