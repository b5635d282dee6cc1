# math.log2 bit for bit over many arguments (hex of each result): near 1 (both edges of the range
# glibc treats apart), ordinary magnitudes, powers of two, subnormals and huge values.
import math
import random

rng = random.Random(31)
edges = [1 - 0x15B51 * 2.0**-21, 1 + 0x16AB2 * 2.0**-21]
groups = [
    [rng.uniform(0.95, 1.05) for _ in range(400)],
    [e * (1 + rng.uniform(-1e-9, 1e-9)) for e in edges for _ in range(100)],
    [rng.uniform(0, 10) for _ in range(400)],
    [rng.uniform(0, 1e6) for _ in range(200)],
    [rng.random() * 2.0 ** rng.randint(-1074, 1023) for _ in range(300)],
    [rng.random() * 2.0**-1022 for _ in range(100)],
    [2.0 ** rng.randint(-1074, 1023) for _ in range(50)],
]
for xs in groups:
    for i in range(0, len(xs), 6):
        print(" ".join(math.log2(x).hex() for x in xs[i : i + 6]))
