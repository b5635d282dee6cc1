# Every frame on the stack holding a parameter adds one reference.
import sys


class V:
    pass


v = V()
base = sys.getrefcount(v)
counts = []


def down(n, obj):
    counts.append(sys.getrefcount(obj) - base)
    if n:
        down(n - 1, obj)


down(5, v)
print(counts)
print("after unwinding:", sys.getrefcount(v) - base)
