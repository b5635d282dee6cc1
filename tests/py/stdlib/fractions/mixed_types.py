from fractions import Fraction as F


class Meters:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return f"radd({other!r})"

    def __add__(self, other):
        return NotImplemented


print(F(1, 2) + Meters(3))
try:
    Meters(3) + F(1, 2)
except TypeError as e:
    print("TypeError", e)
for op in ["+", "-", "*", "/", "//", "%", "**"]:
    for a, b in [(F(3, 2), 2), (2, F(3, 2)), (F(3, 2), 0.5), (0.5, F(3, 2)), (F(3, 2), F(1, 4))]:
        try:
            r = eval(f"a {op} b")
            print(repr(a), op, repr(b), "=", repr(r), type(r).__name__)
        except Exception as e:
            print(repr(a), op, repr(b), type(e).__name__, e)
print(F(1, 2) + 1j, (1 + 2j) * F(1, 2), F(2) ** 1j == 2 ** 1j)
try:
    F(1, 2) + "x"
except TypeError as e:
    print("TypeError", e)
