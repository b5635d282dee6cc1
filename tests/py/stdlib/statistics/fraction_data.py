import statistics as st
from fractions import Fraction as F

data = [F(1, 2), F(1, 3), F(1, 4), F(1, 5), F(1, 6)]
print(st.mean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.quantiles(data), st.quantiles(data, method="inclusive"))
print(st.harmonic_mean(data), st.fmean(data), st.geometric_mean(data))
print(st.median([F(1, 2), F(3, 2)]), st.mean([F(1, 3), 1, 2]), st.variance([F(1), 2, 3]))
print(st.pvariance([F(1, 2)] * 5), st.variance([F(1, 2), F(1, 2)]))
print(st.mean(F(k, k + 1) for k in range(1, 20)))
