from fractions import Fraction as F

for x in [F(0), F(1), F(-1), F(1, 2), F(-1, 2), F(10**20, 3), F(1, 10**20)]:
    print(repr(x), str(x), "%s" % x, "{}".format(x), f"{x!r}")
try:
    format(F(1, 3), ".2f")
except TypeError as e:
    print("TypeError", e)
print(format(F(1, 3)), format(F(1, 3), ""), f"{F(2, 3):}")
