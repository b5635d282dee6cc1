# Float/int comparisons are exact, even where the int is not representable as a float.
big = [2**53, 2**53 + 1, 2**63, 2**64 + 1, 10**30, 2**1023, 2**1024, -(2**53) - 1, 10**400]
for n in big:
    f = float(n) if n.bit_length() <= 1024 and n != 2**1024 and n != 10**400 else float("inf")
    print(n == f, n < f, n > f, f == n, f < n, f > n, n <= f, f >= n)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(float("nan") == 0, float("nan") != 0, 0 < float("nan"), float("inf") > 10**400, -float("inf") < -10**400)
print(0.5 < 1, 0.5 > 0, -0.0 == 0, 1e-320 > 0, 2.0 ** 64 == 2**64, 2.0 ** 64 == 2**64 + 1)
print(sorted([2**53 + 1, 9007199254740992.0, 2**53, 9007199254740994.0]))
print(max(1, 1.0), max(1.0, 1), min(2**64, 1.8446744073709552e19), 3 in [3.0], {3.0: "x"}[3])
