# `del obj.__dict__` on an instance of a class statement is allowed (CPython's subtype_setdict):
# the dict is dropped and a fresh empty one appears on next use; deleting again is fine. An
# exception's __dict__ (BaseException's own getset) still cannot be deleted.
import sys


class C:
    pass


a = C()
a.x = 1
d = a.__dict__
print(sys.getrefcount(d))
del a.__dict__
print(sys.getrefcount(d), d)
print(a.__dict__, hasattr(a, "x"))
a.y = 2
print(a.__dict__)
del a.__dict__
del a.__dict__
print(vars(a))
a.__dict__ = {"z": 3}
print(a.z)

e = ValueError()
try:
    del e.__dict__
except TypeError as x:
    print("exception:", x)


class S:
    __slots__ = ("__dict__",)


s = S()
s.q = 1
del s.__dict__
print(s.__dict__)


class Sub(C):
    def __init__(self):
        self.w = 5


t = Sub()
del t.__dict__
print(getattr(t, "w", "gone"), t.__dict__)
