# Default argument values are held by the function's __defaults__ / __kwdefaults__.
import sys


class D:
    pass


d = D()


def f(x=d, y=d):
    return x


print("two defaults:", sys.getrefcount(d))


def g(*, k=d):
    return k


print("kw default:", sys.getrefcount(d))
r = f()
print("returned default:", sys.getrefcount(d))
del r
f.__defaults__ = None
print("defaults removed:", sys.getrefcount(d))
del g
print("function deleted:", sys.getrefcount(d))


def h(x=[]):
    x.append(1)
    return x


print("mutable default shared:", h() is h(), sys.getrefcount(h.__defaults__[0]))
