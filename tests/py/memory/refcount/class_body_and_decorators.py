# Class bodies, decorators, property/staticmethod/classmethod wrappers.
import sys


class Val:
    pass


v = Val()


def deco(f):
    deco.seen = f
    return f


class C:
    attr = v
    other = v

    @deco
    def method(self):
        return v

    @property
    def prop(self):
        return v

    @staticmethod
    def st():
        return v

    @classmethod
    def cm(cls):
        return v


print("class attributes:", sys.getrefcount(v))
print("decorated function kept by decorator and class:", sys.getrefcount(C.__dict__["method"]))
p = C.__dict__["prop"]
print("property object:", sys.getrefcount(p), "fget:", sys.getrefcount(p.fget))
sm = C.__dict__["st"]
print("staticmethod wrapper:", sys.getrefcount(sm), sys.getrefcount(sm.__func__))
cm = C.__dict__["cm"]
print("classmethod wrapper:", sys.getrefcount(cm), sys.getrefcount(cm.__func__))
c = C()
print("via instance:", c.prop is v, C.st() is v, C.cm() is v, sys.getrefcount(v))
del C.attr, C.other
print("class attributes removed:", sys.getrefcount(v))
