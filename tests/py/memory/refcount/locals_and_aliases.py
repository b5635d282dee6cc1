# sys.getrefcount through plain names: every binding is one reference, the call adds one.
import sys


class Thing:
    pass


t = Thing()
print("fresh global:", sys.getrefcount(t))
u = t
print("one alias:", sys.getrefcount(t))
v = w = t
print("chained assignment:", sys.getrefcount(t))
del u
print("after del u:", sys.getrefcount(t))
v = None
print("after rebinding v:", sys.getrefcount(t))
del w
print("after del w:", sys.getrefcount(t))


def in_function():
    x = Thing()
    print("fresh local:", sys.getrefcount(x))
    y = x
    print("local alias:", sys.getrefcount(x))
    del y
    print("after del:", sys.getrefcount(x))
    return x


r = in_function()
print("returned object:", sys.getrefcount(r))
