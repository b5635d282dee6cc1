import math

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 1.0), (math.inf, 0.0),
             (-math.inf, 0.0), (1.7976931348623157e308, math.inf), (5e-324, 0.0), (-5e-324, 0.0), (2.0, 1.0)]:
    print(repr(x), repr(y), repr(math.nextafter(x, y)))
print(math.nextafter(math.nan, 1.0), math.nextafter(1.0, math.nan))
for x in [1.0, 0.0, -1.0, 2.0 ** 52, 1e300, 5e-324, 1.7976931348623157e308, 0.1, math.inf, -math.inf, 3, 2 ** 60]:
    print(repr(x), repr(math.ulp(x)))
print(math.ulp(math.nan))
x = 1.0
for _ in range(5):
    x = math.nextafter(x, 0)
    print(x.hex())
