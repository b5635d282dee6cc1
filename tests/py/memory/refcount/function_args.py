# Arguments are references held by the callee's frame while it runs.
import sys


class A:
    pass


a = A()
print("caller:", sys.getrefcount(a))


def one(x):
    return sys.getrefcount(x)


def two(x, y):
    return sys.getrefcount(x)


def star(*args):
    return sys.getrefcount(args[0])


def kw(**kwargs):
    return sys.getrefcount(kwargs["k"])


def nested(x):
    return one(x)


print("one arg:", one(a))
print("same object twice:", two(a, a))
print("star args:", star(a))
print("kwargs:", kw(k=a))
print("nested calls:", nested(a))
print("after calls:", sys.getrefcount(a))


def recurse(x, n):
    if n == 0:
        return sys.getrefcount(x)
    return recurse(x, n - 1)


print("depth 0:", recurse(a, 0))
print("depth 5:", recurse(a, 5))
print("depth 20:", recurse(a, 20))
