import random

r = random.Random(12345)
print("triangular", [r.triangular() for _ in range(3)], r.triangular(1, 3), r.triangular(0, 10, 9), r.triangular(5, 5, 5), r.triangular(2, 2))
print("normal", [r.normalvariate() for _ in range(3)], r.normalvariate(10, 0.5), r.normalvariate(mu=-1, sigma=3))
print("gauss", [r.gauss() for _ in range(4)], r.gauss(100, 15), r.gauss(mu=5))
print("lognormal", r.lognormvariate(0, 1), r.lognormvariate(1, 0.25))
print("expo", [r.expovariate(1.5) for _ in range(3)], r.expovariate(-2))
print("vonmises", r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 1e-7), r.vonmisesvariate(3.14, 2), r.vonmisesvariate(0.5, 50))
print("gamma", r.gammavariate(0.3, 1), r.gammavariate(0.9, 2), r.gammavariate(1.0, 3), r.gammavariate(2.5, 0.5), r.gammavariate(100, 1))
print("beta", r.betavariate(0.5, 0.5), r.betavariate(2, 5), r.betavariate(1, 1))
print("pareto", r.paretovariate(1), r.paretovariate(3.5))
print("weibull", r.weibullvariate(1, 1), r.weibullvariate(2, 0.5))
for bad in [lambda: r.gammavariate(0, 1), lambda: r.gammavariate(1, -1), lambda: r.expovariate(0)]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
