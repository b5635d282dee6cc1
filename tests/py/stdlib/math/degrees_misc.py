import math

for x in [0, 1, -1, math.pi, 2 * math.pi, 180, 90.0, 1e300, -45, True]:
    print(repr(x), repr(math.degrees(x)), repr(math.radians(x)))
for x in [0.0, 1, -1e308 * 10, math.nan, 1e308, 5e-324, -0.0]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.isfinite(2 ** 1000), math.isinf(10 ** 300))
print(type(math.sqrt(4)).__name__, math.sqrt(4), math.sqrt(True), math.sqrt(2 ** 100))
print(math.e ** 2 == math.exp(2), math.sqrt(2) ** 2, abs(math.sin(math.pi)) < 1e-15)
vals = [math.sin(i / 10) for i in range(20)]
print(max(vals), min(vals), sum(vals))
print([round(math.cos(i), 6) for i in range(10)])
print([f"{math.log(i):.4f}" for i in range(1, 11)])
print(math.__name__, math.__doc__)
