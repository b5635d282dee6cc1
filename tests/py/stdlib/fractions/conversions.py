from fractions import Fraction as F
import math

for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(3, 2), F(1, 3), F(-1, 3), F(10), F(0)]:
    print(x, int(x), float(x), complex(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 1), round(x, -1))
print(round(F(25, 100), 1), round(F(35, 100), 1), round(F(12345, 1), -2), round(F(-1, 8), 2), type(round(F(1, 3))), type(round(F(1, 3), 2)))
print(float(F(1, 10**400)), float(F(10**400, 3 * 10**399)), float(F(2**1100, 2**1099)))
try:
    float(F(10**400))
except OverflowError as e:
    print("OverflowError", e)
print(F(355, 113).as_integer_ratio(), F(-3, 4).as_integer_ratio())
print("%s|%r|%5s" % (F(1, 2), F(1, 2), F(1, 2)), f"{F(3, 4)!s:>8}", str(F(-3, 4)))
print((3).__index__(), math.isqrt(int(F(50, 3))))
