# isinstance(obj, cls) called directly (the VM's CALL fast path) and through other routes:
# every kind of second argument, errors, __instancecheck__, __class__ overrides, refcounts.
import sys


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return obj == 42


class M(metaclass=Meta):
    pass


class A:
    pass


class B(A):
    pass


class Liar:
    @property
    def __class__(self):
        return A


class Broken:
    @property
    def __class__(self):
        raise RuntimeError("no class")


cases = [
    (B(), A), (A(), B), (1, int), (True, int), (1, (str, int)), (1, (str, bytes)),
    (1, int | str), ("s", int | None), (42, M), (41, M), (Liar(), A), (Liar(), Liar),
    (1, ()), ([], (list, (tuple, dict))),
]
for obj, cls in cases:
    print(type(obj).__name__, isinstance(obj, cls))

for bad in (1, "int", (int, 1), [int]):
    try:
        isinstance(1, bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    isinstance(Broken(), A)
except RuntimeError as e:
    print("RuntimeError:", e)

for args in ((), (1,), (1, int, 2)):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, cls=int)
except TypeError as e:
    print("TypeError:", e)

o = A()
before = sys.getrefcount(o), sys.getrefcount(A)
for _ in range(1000):
    isinstance(o, A)
    isinstance(o, B)
print(before == (sys.getrefcount(o), sys.getrefcount(A)))

f = isinstance
print(f(o, A), [isinstance(x, int) for x in (1, "a", 2.0)])


def shadow():
    isinstance = lambda a, b: "shadowed"
    return isinstance(1, int)


print(shadow())
import builtins

saved = builtins.isinstance
builtins.isinstance = lambda a, b: "replaced"
print(isinstance(1, int))
builtins.isinstance = saved
print(isinstance(1, int))


def deep(n):
    if n == 0:
        return isinstance(n, int)
    return deep(n - 1)


sys.setrecursionlimit(60)
print(deep(50))
