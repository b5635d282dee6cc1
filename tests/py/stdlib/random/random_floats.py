import random

r = random.Random(2024)
vals = [r.random() for _ in range(20)]
print(vals)
print(min(vals) >= 0.0, max(vals) < 1.0)
print([r.uniform(-3, 3) for _ in range(5)], [r.uniform(5, 1) for _ in range(3)], r.uniform(1, 1))
print([round(r.random(), 6) for _ in range(5)], [f"{r.random():.3f}" for _ in range(5)])
