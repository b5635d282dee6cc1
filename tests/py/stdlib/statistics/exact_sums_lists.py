# mean() and the variance family of lists, tuples and iterators of exact ints, bools and finite
# floats (summed natively by _statistics_accel) against python3: every value and result type, huge
# and tiny exponents, subnormals, big ints, mixed types, non-finite and Fraction data (left to
# the Python code), and the refcounts of the data after the calls.
import gc
import random
import statistics as st
import sys
from fractions import Fraction

rnd = random.Random(3)
cases = [
    [1, 2, 3, 4, 4], [True, False, 3], [2**60, -2**70, 5], [1.5, 2, True], [0.1, 0.2, 0.3],
    [1e300, 1e-300, -1e300, 5e-324], [-0.0, 0.0], (3, 5.25, 7),
    [rnd.randint(-10**6, 10**6) for _ in range(20000)],
    [rnd.uniform(-1e6, 1e6) for _ in range(20000)],
    [round(rnd.uniform(0, 100), 2) for _ in range(20000)],
    [rnd.random() * 10 ** rnd.randint(-30, 30) for _ in range(5000)],
    [2**53 + 1, 2**53 - 1, -(2**52)], [float(2**60), 3], [1e308, 1e308],
    [-5e-324, 5e-324, 1e-310], [(2**26 + 7) for _ in range(20000)], [-(2**53 - 1)] * 9000,
    [2.0**-1070 * 3, 7.0], [7], [2.5], (), [], [1, "2"], [1, None], [1, Fraction(1, 3)],
]
for c in cases:
    for f in (st.mean, st.pvariance, st.variance, st.stdev, st.pstdev):
        try:
            r = f(c)
            print(f.__name__, type(r).__name__, repr(r))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(st.NormalDist.from_samples([1.5, 2.5, 9.0]))
print(st._sum([1, 2.5]), st._ss([1, 2.5]), st._sum((True,)), st._ss([3, 3, 3]))
print(st.mean([1, float("nan")]), st.mean([1, float("inf")]), st.pvariance([1.0, float("inf")]))
print(st.mean([Fraction(1, 3), 2]), st.variance([Fraction(1, 3), 2, 5]))
print(st.mean(x for x in [1, 2.5]), st.variance(iter([4, 4.5, 7])))

# iterators: summed natively up to their first item of another kind
from decimal import Decimal


def boom(items):
    yield from items
    raise KeyError("from the generator")


iterables = [
    lambda: (x for x in [1, 2.5, True]), lambda: iter([]), lambda: range(1, 10**4),
    lambda: {1.5, 2.5, 10**30}, lambda: {"a": 1, "b": 2.25}.values(), lambda: map(float, "12345"),
    lambda: iter([1, 2, Fraction(1, 3), 4.5]), lambda: iter([Fraction(1, 3), 1, 2.5]),
    lambda: iter([1.5, 2, Decimal("1.5")]), lambda: iter([Decimal("1.5"), 2]),
    lambda: iter([1, 2.5, float("nan"), 3]), lambda: iter([2, float("inf")]),
    lambda: iter([1, "x", 2]), lambda: iter([1, 2, None]), lambda: boom([1, 2.5]),
    lambda: boom([1, "x"]), lambda: iter([3, 4, 5, Fraction(7, 2), 8.25, True]),
    lambda: (i * 0.1 for i in range(5000)), lambda: 5,
]
for make in iterables:
    for f in (st.mean, st.pvariance, st.variance, st.stdev, st.pstdev, st.fmean):
        try:
            r = f(make())
            print(f.__name__, type(r).__name__, repr(r))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

big = 10**40
data = [1, 2, 3, 4.5, big] * 10
for f in (st.mean, st.mean, st.variance, st.variance, st.stdev, st.pstdev):
    r = f(data)
    print(f.__name__, r, sys.getrefcount(big), sys.getrefcount(data), gc.is_tracked(data))
