import math

pairs = [(7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (-7.0, -3.0), (5.5, 2.0), (1e300, 3.0), (0.0, 1.0), (-0.0, 1.0),
         (3.0, math.inf), (-3.0, -math.inf), (10, 4), (1.0, 0.1), (6.0, 4.0), (5.0, 2.0), (7.0, 2.0), (-5.0, 2.0)]
for x, y in pairs:
    print(x, y, repr(math.fmod(x, y)), repr(math.remainder(x, y)), repr(x % y))
for args in [(1.0, 0.0), (math.inf, 1.0), (-math.inf, 2.0)]:
    for f in (math.fmod, math.remainder):
        try:
            print(f(*args))
        except ValueError as e:
            print("ValueError", e)
print(math.remainder(math.nan, 1.0), math.fmod(math.nan, 1.0), math.remainder(1.0, math.inf))
for x, y in [(1.0, -0.0), (-1.0, 0.0), (0.0, -1.0), (-0.0, 2.0), (math.inf, -1.0), (3, -2), (-2.5, 1)]:
    print(x, y, math.copysign(x, y))
print(math.copysign(math.nan, -1.0), math.copysign(1.0, math.nan))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(2 ** 60))
