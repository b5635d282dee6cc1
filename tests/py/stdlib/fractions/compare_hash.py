from fractions import Fraction as F
import math

print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) == F(2, 4), F(2) == 2, F(2, 1) == 2.0, F(1, 2) != 0.5)
print(F(1, 3) < 0.34, F(1, 3) > 0.33, F(1, 2) <= F(1, 2), F(-1) >= -1.5, 1 < F(3, 2), 0.5 >= F(1, 2))
print(F(1) < float("inf"), F(1) > float("-inf"), F(1) == float("nan"), F(1) < float("nan"), F(1) != float("nan"))
print(F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, F(1, 2) == "0.5", F(1, 2) == None)
try:
    F(1, 2) < 1j
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2) < "x"
except TypeError as e:
    print("TypeError", e)
for x in [F(1, 2), F(-1, 2), F(3), F(-3), F(1, 3), F(2**61 - 1, 3), F(1, 2**61 - 1), F(7, 2**61 - 1), F(10**30, 7), F(-1), F(0)]:
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)) == hash(1 / 3))
print({F(1, 2): "half"}[0.5], {0.5: "x", F(1, 2): "y"}, len({F(2), 2, 2.0}))
print(sorted([F(1, 3), 0.3, F(2, 7), 1, F(-1, 2)]), max(F(1, 2), 0.4), min(2, F(5, 2)))
print(bool(F(0)), bool(F(1, 9)), math.isclose(float(F(1, 3)), 1 / 3))
