import statistics as st
import math

# standard deviations must be correctly rounded square roots of the exact variances
state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11
for k in range(60):
    data = [rnd() % 1000 + (rnd() % 1000) / 1000 for _ in range(5 + k % 7)]
    print(k, st.stdev(data), st.pstdev(data), st.variance(data))
print(st.pstdev([0, 2**60]), st.pstdev([1, 1 + 2**-40]), math.sqrt(st.pvariance([1, 2, 3, 4, 5, 6])), st.pstdev([1, 2, 3, 4, 5, 6]))
