import random

r = random.Random(0)
print(sum(r.random() for _ in range(10000)))
print([r.gauss(0, 1) for _ in range(40)])
print([r.normalvariate(0, 1) for _ in range(20)])
print([r.expovariate(0.5) for _ in range(20)])
print([r.vonmisesvariate(1.0, 3.0) for _ in range(10)])
print([r.gammavariate(2.2, 1.5) for _ in range(10)], [r.gammavariate(0.4, 1.0) for _ in range(10)])
print([r.lognormvariate(0.5, 0.3) for _ in range(10)], [r.weibullvariate(1.5, 2.5) for _ in range(10)])
print([r.paretovariate(2.5) for _ in range(10)], [r.betavariate(0.7, 1.3) for _ in range(10)])
print(sorted(r.sample(range(10 ** 6), 20)), r.choices(range(1000), k=20))
