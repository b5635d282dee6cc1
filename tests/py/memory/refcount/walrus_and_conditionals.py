# Assignment expressions bind like ordinary assignments.
import sys


class W:
    pass


def make():
    return W()


if (w := make()) is not None:
    print("walrus bound:", sys.getrefcount(w))
vals = [y for _ in range(3) if (y := w)]
print("walrus in comprehension leaks to scope:", sys.getrefcount(w))
z = w if True else None
print("conditional expression:", sys.getrefcount(w))
