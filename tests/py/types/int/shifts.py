# Shifts: arbitrary precision to the left, floor semantics to the right, errors for negatives.
for v in (0, 1, -1, 5, -5, 255, -256, 2**40 + 3, -(2**40) - 3, 2**100 + 1, -(2**100) - 1):
    print(v, [v << n for n in (0, 1, 7, 31, 32, 53, 64, 100)])
    print(v, [v >> n for n in (0, 1, 7, 31, 32, 53, 64, 100, 1000)])
print(1 << 1000 >> 999, -1 >> 10**20, 7 >> 10**20, 0 << 10**20)
for a, b in [(1, -1), (1, -10**30)]:
    for name, f in [("<<", lambda: a << b), (">>", lambda: a >> b)]:
        try:
            f()
        except ValueError as e:
            print(name, type(e).__name__, e)
try:
    1 << 2**70
except OverflowError as e:
    print(type(e).__name__, e)
x = 3
x <<= 4
x >>= 1
print(x)
