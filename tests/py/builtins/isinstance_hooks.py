def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(41, Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(42, (str, Magic)))
class Proxy:
    @property
    def __class__(self): return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy))
