# *args packs into a tuple, **kwargs into a dict, both owned by the callee's frame.
import sys


class P:
    pass


p = P()
args = (p, p)
kwargs = {"a": p}
print("start:", sys.getrefcount(p))


def f(*a, **k):
    return sys.getrefcount(p), sys.getrefcount(a), type(a).__name__


print("f(*args, **kwargs):", f(*args, **kwargs))
print("f(p, p, a=p):", f(p, p, a=p))


def g(x, y, a=None):
    return sys.getrefcount(p)


print("g(*args, **kwargs):", g(*args, **kwargs))
packed = [p, p, p]
print("g(*list):", g(*packed[:2]))
print("end:", sys.getrefcount(p), sys.getrefcount(args), sys.getrefcount(kwargs))
