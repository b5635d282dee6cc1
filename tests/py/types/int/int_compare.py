# Comparisons between ints, and between ints and floats (exact, even beyond 2**53).
vals = [0, -1, 1, 2**53, 2**53 + 1, -(2**53) - 1, 2**64, 10**400]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals])
floats = [0.0, -0.0, 1.0, 9007199254740992.0, 1e300, float("inf"), float("-inf"), float("nan"), 0.5]
for a in vals:
    print([(a < f, a <= f, a == f, a != f, a > f, a >= f) for f in floats])
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53 + 1), 10**400 < float("inf"))
print(max(3, 2**70, -5), min([10**20, 10**19, 2**64]), sorted([3, -1, 2**60, 0, -2**60]))
print(1 == 1.0, (1).__eq__(1.0) is NotImplemented, (1).__lt__(2), (1).__eq__("1") is NotImplemented)
