import math

for x in [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 5.0, 10.0, 20.5, 23.0, 24.0, 30.0, 100.0, 170.5, 171.5, -0.5, -1.5, -2.5, 1e-25, -1e-25, -200.5, 0.25]:
    try:
        g = repr(math.gamma(x))
    except (ValueError, OverflowError) as e:
        g = type(e).__name__
    print(repr(x), g, repr(math.lgamma(x)))
for x in [0, -1, -2.0, math.inf, -math.inf, 172, 1e10, -1e10]:
    for name, f in (("gamma", math.gamma), ("lgamma", math.lgamma)):
        try:
            print(name, x, f(x))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)
for x in [0.0, -0.0, 1e-10, 0.1, 0.5, 0.84, 0.9, 1.0, 1.5, 2.0, 3.0, 5.0, 6.0, -0.5, -2.0, -10.0, 27.0, 30.0]:
    print(repr(x), repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
