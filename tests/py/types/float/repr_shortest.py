# repr(float) is the shortest string that round-trips, with exponents below 1e-4 and from 1e16.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234,
        123456789012345678.0, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e22, 1e23, 100.0, 1234.5,
        3.141592653589793, 2.718281828459045, 1e-7, 12345678901234567890.0, 0.5e-323, 1.1, 2.675, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
print([i / 10 for i in range(11)])
print([2.0 ** e for e in (-1075, -1074, -1022, 52, 53, 63, 64, 100)])
