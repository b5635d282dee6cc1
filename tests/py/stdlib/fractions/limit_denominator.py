from fractions import Fraction as F
import math

pi = F(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6]:
    print(m, pi.limit_denominator(m))
print(F("3.141592653589793").limit_denominator(10), F("3.141592653589793").limit_denominator(100))
print(F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(), F(-7, 11).limit_denominator(5))
print(F(0.1).limit_denominator(), F(2**-30).limit_denominator(1000), F(5, 2).limit_denominator(1), F(3, 2).limit_denominator(1))
for bad in [0, -1]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print("ValueError", e)
print(F(1.1).limit_denominator(10), F(-1.1).limit_denominator(10), F(math.e).limit_denominator(1000))
x = F(1, 3).limit_denominator(10)
print(x, x is F(1, 3))
