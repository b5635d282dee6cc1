# STORE_ATTR adding attributes to fresh instances: shared names, __class__ switched between
# classes, a name the class's shared keys cannot take, descriptors, refcounts, gc tracking.
import gc
import sys


class A:
    def __init__(self, v):
        self.x = v
        self.y = v


class B:
    def __init__(self, v):
        self.x = v
        self.y = v


def fill(o, v):
    o.x = v
    o.y = v
    o.z = v


objs = [A(i) for i in range(3)] + [B(i) for i in range(3)]
print([vars(o) for o in objs])
a = A(1)
a.__class__ = B
fill(a, 5)
print(type(a).__name__, vars(a))
b = B.__new__(B)
b.__class__ = A
fill(b, 6)
print(type(b).__name__, vars(b))
marker = object()
before = sys.getrefcount(marker)
keep = [A(marker) for _ in range(4)]
print(sys.getrefcount(marker) - before)
del keep
print(sys.getrefcount(marker) - before)
t = A(1)
print(gc.is_tracked(t.__dict__))
u = A([])
print(gc.is_tracked(u.__dict__))


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


ms = [Many(n) for n in (3, 10, 40)]
print([len(vars(m)) for m in ms], [sys.getsizeof(m.__dict__) for m in ms])


class D:
    @property
    def x(self):
        return "prop"

    @x.setter
    def x(self, v):
        self._x = v


class E(D):
    def __init__(self):
        self.x = 1
        self.y = 2


e = E()
print(vars(e), e.x)


class F:
    def __init__(self):
        self.p = 1
        self.q = 2


f1 = F()
F.q = property(lambda self: "q-prop")
try:
    f2 = F()
except AttributeError as exc:
    print("AttributeError", exc)
print(vars(f1))
