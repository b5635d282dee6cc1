import sys

# What getrefcount counts: its own argument is one more reference.
x = object()
print(sys.getrefcount(x))
y = [x, x, x]
print(sys.getrefcount(x))


def f(a, b=None):
    return sys.getrefcount(a)


print(f(x), f(x, x))
print(sys.getrefcount(x))
args = (x,)
print(f(*args), sys.getrefcount(x))
d = {"a": x}
print(f(**d), sys.getrefcount(x))
del y, args, d
print(sys.getrefcount(x))
g = (i for i in [x])
print(sys.getrefcount(x))
next(g)
del g
print(sys.getrefcount(x))
