import statistics as st

def gen(n):
    for i in range(n):
        yield (i * 7) % 11

print(st.mean(gen(20)), st.median(gen(20)), st.mode(gen(20)), st.variance(gen(20)), st.pstdev(gen(20)))
print(st.fmean(gen(20)), st.fmean(gen(5), weights=gen(5)), st.harmonic_mean(x + 1 for x in range(5)))
print(st.harmonic_mean([1, 2, 4], weights=(1, 2, 4)), st.harmonic_mean(iter([3, 3]), weights=iter([1, 1])))
print(st.multimode(gen(30)), st.quantiles(gen(30), n=5), st.median_grouped(gen(15), 2))
try:
    st.fmean(gen(3), weights=[1, 2])
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.harmonic_mean([1, 2], weights=[1, -1])
except st.StatisticsError as e:
    print("StatisticsError", e)
