import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.variance(data, st.mean(data)), st.stdev(data), st.pvariance(data), st.pstdev(data))
pdata = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
print(st.pvariance(pdata), st.pvariance(pdata, st.mean(pdata)), st.pstdev(pdata))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.pvariance([1, 2, 3, 4]), st.pvariance([2, 2]), type(st.variance([1, 3, 5])))
print(st.stdev([1, 2, 3, 4]), st.stdev([F(1, 2), F(3, 2)]), st.pstdev([1, 2, 3, 4]), st.stdev([2, 2]), st.pstdev([5]))
print(st.variance(range(1000)), st.stdev(range(1000)), st.pstdev(x * 0.1 for x in range(100)))
print(st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), st.stdev([1e-300, 2e-300, 3e-300]), st.stdev([1e300, 1e300 * 1.5]))
print(st.variance([1, 2, 3], 0), st.pvariance([1, 2, 3], mu=F(1, 2)), st.variance([1.0, 2.0], xbar=1))
print(st.variance([float("nan"), 1.0]), st.pvariance([1.0, float("inf")]))
try:
    st.stdev([float("inf"), 1.0])
except AttributeError as e:
    print("AttributeError", e)
for f, args in [(st.variance, ([1],)), (st.stdev, ([1],)), (st.pvariance, ([],)), (st.pstdev, ([],)), (st.variance, (iter([]),))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
try:
    st.variance(["a", "b"])
except TypeError as e:
    print("TypeError", e)
