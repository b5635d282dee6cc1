# Keyword calls of plain Python functions (bound straight from the stack by the VM) and C()
# of classes with object's __new__ and __init__: results, CPython's errors, reference counts,
# recursion limits.
import sys


def g(a, b=2, c=3):
    return (a, b, c)


def h(a, /, b, c=5):
    return (a, b, c)


def only_kw_defaults(x=1, y=2):
    return x, y


class K:
    def m(self, x, y=1):
        return (x, y)


print(g(1, c=9), g(1, b=7), g(a=4), g(1, c=8, b=6), g(c=1, a=2))
print(h(1, b=2), h(1, c=3, b=4), only_kw_defaults(y=5), only_kw_defaults(y=6, x=7))
print(K().m(x=5), K().m(3, y=9), K.m(K(), y=4, x=2))


def g2(c=0, a=9, b=8):
    return (a, b, c)


for fn in (g, g2, only_kw_defaults, g, g2):  # one call site, callees binding c differently
    try:
        print(fn.__name__, fn(1, c=0))
    except TypeError as e:
        print(fn.__name__, e)

for bad in (
    "g(1, a=2)",
    "g(b=2)",
    "g(1, d=3)",
    "h(a=1, b=2)",
    "h(1, c=2)",
    "g(1, 2, 3, c=4)",
    "g(1, 2, 3, 4, c=4)",
    "K().m(self=1, x=2)",
    "K().m(y=2)",
):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

o = object()


def refs(a, b=None, c=o):
    return sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c)


before = sys.getrefcount(o)
print([n - before for n in refs(o, b=o)], [n - before for n in refs(o, c=o, b=o)])
print(sys.getrefcount(o) - before)


def rec(n, d=0):
    return rec(n, d=d + 1)


try:
    rec(1, d=0)
except RecursionError as e:
    print("RecursionError:", e)


class C:
    pass


class Slotted:
    __slots__ = ("a", "b")


class MoreSlots(Slotted):
    __slots__ = ("c",)


class NoSlots:
    __slots__ = ()


base = sys.getrefcount(C)
c = C()
print(sys.getrefcount(C) - base, sys.getsizeof(c), type(c).__name__)
del c
print(sys.getrefcount(C) - base)
t = MoreSlots()
t.a = 1
t.c = 3
print(t.a, t.c, sys.getsizeof(t), sys.getsizeof(NoSlots()), sys.getsizeof(Slotted()))
try:
    MoreSlots().b
except AttributeError as e:
    print(e)
try:
    C(1)
except TypeError as e:
    print(e)
try:
    C(x=1)
except TypeError as e:
    print(e)
a = C()
i = id(a)
del a
print(id(C()) == i)


def make(n):
    C()
    return make(n + 1)


sys.setrecursionlimit(200)
try:
    make(0)
except RecursionError as e:
    print("RecursionError:", e)
