# geometric_mean of lists and tuples of positive floats and ints (the mean of logarithms done
# natively by _statistics_accel) against python3: wide ranges, subnormals, 1e308, ints up to
# and past 2**53, bools, and the inputs left to fmean(map(log, data)): zero, negatives, inf,
# NaN, Fractions, iterators, empty data, with their errors.
import random
import statistics as st
from fractions import Fraction

rnd = random.Random(5)
cases = [
    [rnd.uniform(0.001, 1000) for _ in range(5000)], [rnd.randint(1, 10**6) for _ in range(5000)],
    (1, 2, 4, 8), [True, 4.0], [5e-324, 1e308], [1e-300] * 7, [2**53 - 1, 2**53, 2**60, 3],
    [10**400, 1.5], [3.0], [1.0, 0.0, 2.0], [1.0, -2.0], [1.0, float("inf")], [float("nan"), 1.0],
    [Fraction(1, 3), 3], iter([2.0, 8.0]), (x for x in [1.5, 6.0]), [], (), [54, 24, 36],
    [rnd.random() * 10 ** rnd.randint(-200, 200) for _ in range(2000)],
]
for data in cases:
    try:
        print(repr(st.geometric_mean(data)))
    except Exception as e:
        print(type(e).__name__, e)
