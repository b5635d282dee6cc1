def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    count = 0
    @classmethod
    def make(cls, *a): return (cls.__name__, a)
    @staticmethod
    def util(x): return x * 2
class D(C): pass
print(C.make(1), D.make(), D().make(2), C.util(3), C().util(4))
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(sm(5), cm.__name__, sm.__qualname__)
attempt(cm, 1)
attempt(classmethod)
attempt(staticmethod, 1, 2)
attempt(classmethod, len, x=1)
print(staticmethod(len)("abc"))
attempt(classmethod(len).__get__(None, str))
print(C.make.__self__ is C, C.util is C.__dict__["util"].__func__)
import abc
class A(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def f(cls): pass
print(A.__dict__["f"].__isabstractmethod__)
