# Float powers and their special cases.
for b, e in [(2.0, 0.5), (2.0, 10), (2.0, -10), (10.0, -2), (1.1, 2.5), (9.0, 0.5), (3.0, 40), (2.5, 3), (-2.0, 3),
             (-2.0, 2), (-8.0, 3.0), (0.0, 0.0), (0.0, 3), (-0.0, 3), (-0.0, 2), (1.0, float("nan")),
             (float("nan"), 0), (float("inf"), -1), (float("-inf"), 3), (float("-inf"), 2), (0.5, float("inf")),
             (2.0, float("-inf")), (-1.0, float("inf")), (1e-5, 0.5), (100.0, 1.5), (7.0, -3)]:
    print(b, e, b ** e)
print(2 ** 0.5, 4 ** 0.5, 10 ** -2, 10.0 ** 15, 2 ** -1074, 2 ** -1075)
print((-8) ** (1 / 3), (-2.0) ** 0.5, (-1) ** 0.5)
for f in [lambda: 0.0 ** -1, lambda: 0 ** -1.0, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: pow(2.0, 3, 4)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
