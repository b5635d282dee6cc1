from fractions import Fraction as F
import math

x = F(22, 7)
print(x.numerator, x.denominator, x.real is x or x.real == x, x.imag, x.conjugate(), abs(F(-3, 4)))
print(math.floor(F(-7, 3)), math.ceil(F(-7, 3)), math.trunc(F(-7, 3)), int(F(-7, 3)), float(F(-7, 3)))
print(F(1, 3) + F(1, 6), F(1, 3) - F(1, 6), F(5, 12) * F(6, 5), F(5, 12) / F(5, 6))
print(sorted({F(1, 2), F(2, 4), F(3, 6), F(1, 3)}), F(6, 4) in {F(3, 2)}, F(3, 2) in [1.5])
print([F(i, 10) for i in range(0, 11, 5)], sum(F(1, 2 ** k) for k in range(1, 11)))
print(F("1/3") == F(1, 3), F(" -2.5 ") == F(-5, 2), F("1e-3"), F(".125"))
print(max(F(1, 3), F(2, 5)), min([F(7, 8), F(5, 6)]), F(10, 4).as_integer_ratio())
print(divmod(F(17, 3), 2), F(17, 3) // 2, F(17, 3) % 2, round(F(17, 3), 2), round(F(-5, 2)), round(F(7, 2)))
print(F(2, 3).limit_denominator(2), F(999, 1000).limit_denominator(10), F(-1, 7).limit_denominator(3))
