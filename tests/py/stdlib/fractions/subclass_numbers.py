import numbers
from fractions import Fraction


class MyFraction(Fraction):
    def describe(self):
        return f"{self.numerator} over {self.denominator}"


m = MyFraction(6, 4)
print(m, repr(m), type(m).__name__, m.describe(), type(m + 1).__name__, type(-m).__name__, type(+m).__name__)
print(isinstance(m, numbers.Rational), isinstance(Fraction(1), numbers.Real), isinstance(Fraction(1), numbers.Integral))
print(issubclass(Fraction, numbers.Number), isinstance(1, numbers.Rational), isinstance(1.5, numbers.Rational))
import copy
f = Fraction(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(m) is m, copy.copy(m) == m, f.__reduce__())
print(MyFraction.from_float(0.5), type(MyFraction.from_float(0.5)).__name__)
try:
    f.x = 1
except AttributeError as e:
    print("AttributeError", e)
print(Fraction.__slots__, hasattr(f, "__dict__"))


class Num(numbers.Rational):
    pass


try:
    Num()
except TypeError as e:
    print("TypeError", str(e)[:60])
