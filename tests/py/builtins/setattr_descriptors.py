def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class D:
    def __set__(self, obj, value): print("D.__set__", value)
    def __get__(self, obj, typ=None): return "D.__get__"
    def __delete__(self, obj): print("D.__delete__")
class C:
    d = D()
c = C()
setattr(c, "d", 5)
print(getattr(c, "d"))
delattr(c, "d")
class Frozen:
    def __setattr__(self, n, v): raise AttributeError(f"frozen: {n}")
attempt(setattr, Frozen(), "x", 1)
attempt(setattr, int, "x", 1)
attempt(delattr, int, "real")
