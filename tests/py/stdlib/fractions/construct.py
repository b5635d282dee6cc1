from fractions import Fraction

print(Fraction(), Fraction(3), Fraction(10, -8), Fraction(-6, -4), Fraction(0, 5), Fraction(True), Fraction(7, True))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(3, Fraction(5, 2)))
print(Fraction(1.5), Fraction(0.1), Fraction(-2.25), Fraction(1e-10), Fraction(2.0 ** 60), Fraction(-0.0))
print(repr(Fraction(10, 4)), str(Fraction(10, 4)), str(Fraction(8, 4)), repr(Fraction(8, 4)))
print(Fraction(2**100, 3**50), Fraction(-(2**70), 2**65))
for bad in [(1, 0), (Fraction(1, 2), 0), (0, 0)]:
    try:
        Fraction(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for bad in [(1.5, 2), (1, 2.0), ([],), (None,), (1j,), ("1", 2)]:
    try:
        Fraction(*bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
f = Fraction(3, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate(), type(f.real))
print(Fraction.from_float(0.25), Fraction.from_float(5), Fraction.from_float(-1.75))
try:
    Fraction.from_float("1.5")
except TypeError as e:
    print("TypeError", e)
