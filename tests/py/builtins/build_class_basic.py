def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    print("body of A", __name__, __qualname__)
    x = 1
class B(A, metaclass=type):
    pass
print(B.__mro__, B.x)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"injected": 99}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class C(metaclass=Meta, flag=True):
    y = 2
print(C.injected, type(C).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class D(Base, tag="t"):
    pass
attempt(__build_class__)
attempt(__build_class__, 1, "x")
attempt(__build_class__, lambda: None, 1)
