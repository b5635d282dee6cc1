# asin and acos bit for bit over many arguments (hex of each result), in the ranges where
# 1 - x*x needs care: tiny, below 1/2, near 1, and both signs.
import math
import random

rng = random.Random(20261205)
ranges = [(-1e-6, 1e-6), (-0.01, 0.01), (-0.5, 0.5), (0.5, 1.0), (-1.0, -0.5), (0.99, 1.0)]
for lo, hi in ranges:
    line = []
    for i in range(300):
        x = rng.uniform(lo, hi)
        line.append(math.asin(x).hex() + " " + math.acos(x).hex())
        if len(line) == 4:
            print(" ".join(line))
            line = []
    print(" ".join(line))
