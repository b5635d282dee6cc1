import math

for x in [-1.0, -0.75, -0.5, -0.1, -0.0, 0.0, 1e-10, 0.1, 0.3, 0.5, 0.7071067811865476, 0.9, 0.99, 1.0]:
    print(repr(x), repr(math.asin(x)), repr(math.acos(x)))
for x in [-1e300, -100.0, -1.0, -0.5, -0.0, 0.0, 0.25, 1.0, 2.0, 10.0, 1e20, math.inf, -math.inf]:
    print(repr(x), repr(math.atan(x)))

specials = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, 2.5, -3.5]
for y in specials:
    print(" ".join(repr(math.atan2(y, x)) for x in specials))
print(math.atan2(math.nan, 1.0), math.atan2(1.0, math.nan))

for bad in [1.0000000000000002, -1.5, math.inf]:
    for f in (math.asin, math.acos):
        try:
            print(f(bad))
        except ValueError as e:
            print("ValueError:", e)
print(math.degrees(math.atan2(1, 1)), math.degrees(math.acos(-1)))
