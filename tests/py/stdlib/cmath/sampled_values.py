import cmath
import random

rng = random.Random(31415)
names = ["sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "log10"]
for _ in range(25):
    z = complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
    print(repr(z))
    for n in names:
        print("  ", n, repr(getattr(cmath, n)(z)))
