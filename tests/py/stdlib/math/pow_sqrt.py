import math

vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, math.inf, -math.inf, math.nan]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(math.pow(x, y)))
        except ValueError:
            row.append("VE")
        except OverflowError:
            row.append("OE")
    print(repr(x), " ".join(row))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(10, -3), math.pow(1.0000001, 1e7), math.pow(2, 1023), math.pow(2, -1074))
print(math.pow(10, 308), math.pow(-8, 1/3) if False else "skip", math.pow(5, 3))
for args in [(10, 400), (-10.0, 0.5), (0.0, -1.0), (-0.0, -3.0)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for x in [0.0, -0.0, 1.0, 2.0, 4.0, 1e-320, 1e300, 0.25, 10.0, 2 ** 60, 123456789]:
    print(repr(math.sqrt(x)), repr(math.cbrt(x)), repr(math.cbrt(-x)))
for bad in [-1.0, -1e-300, -math.inf]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("sqrt", bad, e)
print(math.sqrt(math.inf), math.cbrt(math.inf), math.cbrt(-math.inf), math.sqrt(math.nan))
