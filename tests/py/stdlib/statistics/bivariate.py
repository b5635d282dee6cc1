import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.covariance(z, x))
print(st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.correlation([1, 2, 3], [1.5, 2.5, 2.0]))
r = st.linear_regression(x, [2 * v + 1 for v in x])
print(r, r.slope, r.intercept, type(r).__name__)
print(st.linear_regression([1, 2, 3], [2, 4.5, 6], proportional=True))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films_total)
print(round(slope * 2019 + intercept))
for f, args in [(st.covariance, ([1], [1])), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 1], [1, 2])),
                (st.correlation, ([1, 2, 3], [1, 2])), (st.linear_regression, ([1, 1], [1, 2])),
                (st.linear_regression, ([1], [2])), (st.correlation, ([1], [1]))]:
    try:
        print(f(*args))
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
