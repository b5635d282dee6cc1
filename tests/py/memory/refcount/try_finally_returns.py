# References held across try/finally and returns.
import sys


class V:
    pass


v = V()


def f():
    try:
        return v
    finally:
        print("in finally:", sys.getrefcount(v))


r = f()
print("returned:", sys.getrefcount(v))
del r


def g():
    local = v
    try:
        raise ValueError
    except ValueError:
        print("in except:", sys.getrefcount(v))
    finally:
        print("in finally:", sys.getrefcount(v))


g()
print("end:", sys.getrefcount(v))
