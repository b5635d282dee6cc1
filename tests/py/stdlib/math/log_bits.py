# math.log, log10, asinh and acosh (which call libm's log) bit for bit over many arguments (hex):
# near 1 (both edges of the range glibc treats apart), ordinary and huge magnitudes, subnormals.
import math
import random

rng = random.Random(47)
edges = [1 - 2.0**-4, 1 + 0x109 * 2.0**-12]
groups = [
    [rng.uniform(0.9, 1.1) for _ in range(400)],
    [e * (1 + rng.uniform(-1e-9, 1e-9)) for e in edges for _ in range(100)],
    [rng.uniform(0, 10) for _ in range(400)],
    [rng.uniform(0, 1e6) for _ in range(300)],
    [rng.random() * 2.0 ** rng.randint(-1074, 1023) for _ in range(300)],
    [rng.random() * 2.0**-1022 for _ in range(100)],
]
for xs in groups:
    for i in range(0, len(xs), 6):
        print(" ".join(math.log(x).hex() for x in xs[i : i + 6]))
    for i in range(0, len(xs), 6):
        print(" ".join(math.log10(x).hex() for x in xs[i : i + 6]))
for i in range(0, 600, 6):
    print(" ".join(math.asinh(rng.uniform(-1e4, 1e4)).hex() for _ in range(6)))
    print(" ".join(math.acosh(1 + rng.uniform(0, 1e4)).hex() for _ in range(6)))
print(math.log(2**1000 + 1).hex(), math.log(3**700).hex(), math.log10(10**400 + 7).hex())
