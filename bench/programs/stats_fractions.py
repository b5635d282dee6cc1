# statistics and fractions: exact rational arithmetic with Fraction (harmonic sums, continued
# fractions, limit_denominator), statistics over ints, floats and Fractions (mean, fmean,
# median variants, mode, stdev/variance, quantiles, correlation, linear_regression, NormalDist).
import math
import statistics as st
import sys
from fractions import Fraction

# tests/py/bench_like/stats_fractions.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 2000


def harmonic(n):
    s = Fraction(0)
    for k in range(1, n + 1):
        s += Fraction(1, k)
    return s


def cont_frac(x, n):
    terms = []
    for _ in range(n):
        a = math.floor(x)
        terms.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return terms


def main():
    h = harmonic(SCALE)
    print(h.numerator % 10**12, h.denominator % 10**12, float(h))
    print(cont_frac(Fraction(415, 93), 10), Fraction(math.pi).limit_denominator(1000), Fraction("3.1415926"), Fraction(1.1))
    fr = [Fraction(i * i + 1, i + 7) for i in range(SCALE)]
    print(sum(fr) / len(fr), max(fr), min(fr) ** 2, round(Fraction(7, 3), 2), Fraction(-7, 3) // 2, Fraction(7, 3) % 1)
    data = [((i * 7919) % 1000) / 10 for i in range(SCALE * 10)]
    ints = [(i * 31) % 97 for i in range(SCALE * 10)]
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(ints), st.median_high(ints))
    print(st.mode(ints), st.multimode(ints[:50])[:5], st.pstdev(data), st.stdev(data), st.variance(ints))
    print(st.quantiles(data, n=4), st.quantiles(ints, n=10, method="inclusive"))
    print(st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 3, 9]), st.median_grouped([1, 2, 2, 3, 4], 1))
    xs = list(range(SCALE))
    ys = [3 * x + (x * 17) % 11 for x in xs]
    print(st.correlation(xs, ys), st.covariance(xs, ys), st.linear_regression(xs, ys))
    print(st.mean(fr[:50]), st.variance(fr[:30]))
    nd = st.NormalDist(10, 2)
    print(nd.cdf(12), nd.inv_cdf(0.9), nd.pdf(10), nd.overlap(st.NormalDist(11, 3)), nd + 1, nd * 2)
    print(st.NormalDist.from_samples(data[:200]).mean)
    try:
        st.mean([])
    except st.StatisticsError as e:
        print("StatisticsError", e)


main()
