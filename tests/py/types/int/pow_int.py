# Integer powers, negative exponents (float results) and three-argument pow.
for b in (-3, -2, -1, 0, 1, 2, 3, 10, 2**40):
    print(b, [b ** e for e in range(0, 8)])
print(2 ** 100, (-2) ** 101, 7 ** 77)
print(10 ** -2, 2 ** -1, (-2) ** -3, 4 ** -0.5 if False else 4 ** -2)
print(pow(3, 4), pow(3, 4, 5), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -2, 5), pow(5, 0, 1), pow(5, -1, 1), pow(0, 0, 3))
print(pow(2**100, 2**20, 10**40 + 7))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (2, 0.5, 3), (2.0, 3, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0 ** 0, 1 ** 10**6, (-1) ** (10**20 + 1))
x = 3
x **= 4
print(x)
