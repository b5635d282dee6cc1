# Subclasses of float: constructors, arithmetic returns plain floats, repr/format inherited.
class Money(float):
    def __repr__(self):
        return f"Money({float(self):.2f})"

m = Money("12.5")
print(m, repr(m), str(m), type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(abs(m)).__name__)
print(m * 2, m // 5, m % 5, m ** 2, float(m), type(float(m)).__name__, m == 12.5, hash(m) == hash(12.5))
print(format(m, ".3f"), f"{m:>10}", m.is_integer(), m.as_integer_ratio(), m.real, type(m.real).__name__)
print(Money(), Money(3), Money(True), Money(" 1e3 "), Money(b"2.5"))
class Meters(float):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value / 100 if unit == "cm" else value)
        self.unit = "m"
        return self
d = Meters(250, "cm")
print(d, d.unit, type(d).__name__, float.__new__(Meters, 4.0))
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
print(float(WithFloat()), float(WithIndex()), Money(WithFloat()))
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
