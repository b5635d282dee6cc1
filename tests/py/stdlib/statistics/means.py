import statistics as st
from fractions import Fraction as F

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([-1.0, 2.5, 3.25, 5.75]), st.mean([True, False, True]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean(range(1, 11)), st.mean(iter([1.5, 2.5])))
print(st.mean([1e50, 1, -1e50] * 1000), st.mean([0.1] * 10), sum([0.1] * 10) / 10)
print(st.mean([1, 2.5]), type(st.mean([1, 2])), type(st.mean([1, 3])), st.mean([F(1, 2), 1]), st.mean([F(1, 2), 0.5]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(x for x in [1, 2]))
print(st.fmean([10, 20], weights=iter([0.25, 0.75])), st.fmean([F(1, 3)]))
print(st.geometric_mean([54, 24, 36]), round(st.geometric_mean([1, 10, 100]), 10), st.geometric_mean([2.0]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]))
print(st.harmonic_mean([1, 0, 2]), st.harmonic_mean([5]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean(iter([1, 4, 4])))
for f, args in [(st.mean, ([],)), (st.fmean, ([],)), (st.fmean, ([1, 2], [1])), (st.fmean, ([1], [0])),
                (st.geometric_mean, ([],)), (st.geometric_mean, ([1, -1],)), (st.geometric_mean, ([0, 1],)),
                (st.harmonic_mean, ([],)), (st.harmonic_mean, ([-1],)), (st.harmonic_mean, ([1, -2],)),
                (st.harmonic_mean, ([1, 2], [1])), (st.harmonic_mean, ([1, 2], [0, 0])), (st.harmonic_mean, (["x"],))]:
    try:
        print(f.__name__, f(*args))
    except (st.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
