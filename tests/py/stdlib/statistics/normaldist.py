from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.cdf(130), n.cdf(70), n.inv_cdf(0.975), n.zscore(130))
print([round(q, 6) for q in n.quantiles()], len(n.quantiles(10)))
print(NormalDist().inv_cdf(0.5), NormalDist().inv_cdf(0.1), NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.999999))
for p in [0.01, 0.02425, 0.3, 0.425 + 0.5, 0.9999, 1 - 1e-16, 5e-300]:
    print(p, NormalDist(3, 2).inv_cdf(p))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(0, 1)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
a, b = NormalDist(10, 3), NormalDist(5, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 4, -a, +a)
print(a == NormalDist(10, 3), a == b, a == 10, hash(a) == hash(NormalDist(10.0, 3.0)), {a: 1}[NormalDist(10, 3)])
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s, round(s.mean, 10), round(s.stdev, 10))
print(NormalDist(1, 0), NormalDist(mu=2, sigma=0.5).__getstate__())
for f, args in [(NormalDist, (0, -1)), (NormalDist(0, 0).pdf, (1,)), (NormalDist(0, 0).cdf, (1,)),
                (NormalDist().inv_cdf, (0,)), (NormalDist().inv_cdf, (1.0,)), (NormalDist(0, 0).inv_cdf, (0.5,)),
                (NormalDist(0, 0).zscore, (1,)), (NormalDist(0, 0).overlap, (NormalDist(),)), (NormalDist.from_samples, ([1],))]:
    try:
        print(f(*args))
    except StatisticsError as e:
        print("StatisticsError", e)
try:
    NormalDist().overlap(3)
except TypeError as e:
    print("TypeError", e)
print(NormalDist.__slots__, sorted(k for k in dir(NormalDist) if not k.startswith("_")))
