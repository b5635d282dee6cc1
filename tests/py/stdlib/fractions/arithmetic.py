from fractions import Fraction as F

a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, b ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, 7 // a, a // 2, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 2.0, 2.0 ** a, a ** 0.5, a + 1j, 1j * a, a ** F(1, 2))
print(F(4) ** F(1, 2), F(-8) ** F(1, 3) if False else None, 2 ** F(3), 2 ** F(-1), F(2, 3) ** F(2), 4 ** F(1, 2))
print(-a, +b, abs(b), +F(3, 1), type(+F(1, 2)))
print(sum([F(1, n) for n in range(1, 11)]))
print(F(1, 10) * 10 == 1, F(1, 3) * 3, 0.1 * 3 == 0.3, F(0.1) * 3 == F(0.3))
for x, y in [(F(7, 2), F(3, 4)), (F(-7, 2), F(3, 4)), (F(7, 2), F(-3, 4)), (F(-7, 2), F(-3, 4))]:
    print(x // y, x % y, divmod(x, y), x / y)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(1, 2) // F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(F(1, 2) + True, F(5, 3) % 1, F(-5, 3) % 1, 2.5 % F(1, 3), divmod(2.5, F(1, 3)))
