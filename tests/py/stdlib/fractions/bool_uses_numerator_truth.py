# Fraction.__bool__ asks the numerator for its truth (bool(numerator)) and never compares it:
# a Rational numerator whose __eq__ cannot be used still gives a bool.
import numbers
from fractions import Fraction


class Value:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("__bool__ of", self.value)
        return bool(self.value)

    @property
    def numerator(self):
        return self

    @property
    def denominator(self):
        return 1

    def __eq__(self, other):
        raise AssertionError("compared")

    __lt__ = __eq__
    __hash__ = object.__hash__


numbers.Rational.register(Value)
for v in (1, 0):
    n = Value(v)
    f = Fraction(n)
    print(f.numerator is n, bool(f), type(bool(f)).__name__)
print(bool(Fraction(0, 5)), bool(Fraction(-3, 7)), not Fraction(0))
