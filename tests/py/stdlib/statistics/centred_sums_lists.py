# covariance, correlation and linear_regression of lists and tuples of floats and ints (their
# centred fsums done natively by _statistics_accel) against python3: mixed ints and floats,
# bools, huge and tiny values, infinities and NaN, constant inputs, big ints, Fractions and
# ranges (left to the generator expressions), and the errors.
import random
import statistics as st
import traceback
from fractions import Fraction

rnd = random.Random(11)
xs = [rnd.uniform(-1e3, 1e3) for _ in range(3000)]
ys = [x * 0.75 + rnd.uniform(-30, 30) for x in xs]
ints = [rnd.randint(-50, 50) for _ in range(3000)]
pairs = [
    (xs, ys), (ints, ys), (tuple(ints), tuple(xs)), ([1, 2, 3], [2, 4, 7]), ([True, False, True], [1.5, 2.5, 0.5]),
    ([1e308, -1e308, 1e308], [1.0, 2.0, 3.0]), ([1e-310, 2e-310, 5e-324], [3.0, 1.0, 2.0]),
    ([1.0, float("inf"), 2.0], [1.0, 2.0, 3.0]), ([1.0, float("nan"), 2.0], [1.0, 2.0, 3.0]),
    ([float("inf"), float("-inf")], [1.0, 2.0]), ([5, 5, 5], [1.0, 2.0, 3.0]), ([1.0, 2.0, 3.0], [7, 7, 7]),
    ([2**60, 2**61, 3], [1.0, 2.0, 4.0]), ([Fraction(1, 3), 2, 5], [1.0, 2.0, 4.0]), (range(10), range(0, 20, 2)),
    ([1.0], [2.0]), ([1.0, 2.0], [1.0]), ([1e200, -1e200, 3e200], [1e200, 2e200, -1e200]),
]
for x, y in pairs:
    for f in (st.covariance, st.correlation, st.linear_regression,
              lambda a, b: st.linear_regression(a, b, proportional=True)):
        try:
            print(repr(f(x, y)))
        except Exception as e:
            frames = [fr.name for fr in traceback.extract_tb(e.__traceback__)]
            print(type(e).__name__, e, frames[1:2])
