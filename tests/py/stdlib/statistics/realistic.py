import statistics as st

temps = [21.3, 22.1, 19.8, 23.4, 22.9, 20.5, 21.7, 24.0, 18.9, 22.2, 21.1, 20.0]
print("mean", st.mean(temps), "median", st.median(temps), "mode", st.mode([round(t) for t in temps]))
print("stdev", st.stdev(temps), "pstdev", st.pstdev(temps), "var", st.variance(temps))
print("quartiles", st.quantiles(temps), "deciles", [round(q, 2) for q in st.quantiles(temps, n=10)])
hours = [1, 2, 3, 4, 5, 6, 7, 8]
scores = [52, 55, 61, 64, 70, 71, 79, 85]
print("corr", st.correlation(hours, scores), "cov", st.covariance(hours, scores))
print("fit", st.linear_regression(hours, scores))
nd = st.NormalDist.from_samples(scores)
print("normal", nd, nd.cdf(80), nd.inv_cdf(0.9))
print("grouped", st.median_grouped([1, 2, 2, 3, 3, 3, 4], interval=1))
