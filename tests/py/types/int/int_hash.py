# hash() of ints: reduction modulo 2**61 - 1, and -1 maps to -2.
M = 2**61 - 1
for v in (0, 1, -1, -2, 2, 2**31, 2**53 + 1, M - 1, M, M + 1, 2**61, 2**62, 2**63, -(2**63), 2**64, 10**30, -(10**30), 2**1000):
    print(v, hash(v), hash(v) == hash(float(v)) if v < 2**1000 else '-')
print(hash(True), hash(False), hash(-M), hash(-M - 1))
print(len({1, 1.0, True}), len({2**61 - 1, 0}), {0: "a", False: "b", 0.0: "c"})
