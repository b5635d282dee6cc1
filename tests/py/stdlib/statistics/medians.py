import statistics as st

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 2], [2.5], [1, 2], ["b", "a", "c"], range(10), (7, 7, 7, 8)]:
    print(list(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.median([1, 2, 3, 4.5]), st.median([1, 2]), type(st.median([1, 3])))
for data, interval in [([52, 52, 53, 54], 1), ([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([1, 3, 3, 5, 7], 1), ([1, 3, 3, 5, 7], 2), ([5], 1), ([2.5, 3.5], 1.0)]:
    print(data, interval, st.median_grouped(data, interval))
demographics = {25: 172, 35: 484, 45: 387, 55: 22, 65: 6}
data = [k for k, v in demographics.items() for _ in range(v)]
print(st.median(data), round(st.median_grouped(data, interval=10), 1))
for f in [st.median, st.median_low, st.median_high, st.median_grouped]:
    try:
        f([])
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
try:
    st.median_grouped(["a", "b"])
except TypeError as e:
    print("TypeError", e)
