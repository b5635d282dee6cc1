# Set algebra copies references into the result sets.
import sys


class M:
    pass


a, b = M(), M()
s1 = {a, b}
s2 = {b}
base_a, base_b = sys.getrefcount(a), sys.getrefcount(b)
u = s1 | s2
i = s1 & s2
d = s1 - s2
x = s1 ^ s2
print("a:", sys.getrefcount(a) - base_a, "b:", sys.getrefcount(b) - base_b)
del u, i, d, x
print("released:", sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)
