def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Meta(type):
    def __call__(cls, *a): return "called meta"
class C(metaclass=Meta): pass
print(callable(C), C(), callable(C.__call__), callable(type), callable(super), callable(staticmethod(len)), callable(classmethod(len)))
class OnlyInstance:
    pass
o = OnlyInstance()
o.__call__ = lambda: 1
print(callable(o))
