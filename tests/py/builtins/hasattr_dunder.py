def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __getattr__(self, n):
        if n.startswith("ok"): return 1
        raise AttributeError(n)
c = C()
print(hasattr(c, "ok1"), hasattr(c, "bad"), hasattr(C, "ok1"), hasattr(c, "__class__"))
class Err:
    def __getattr__(self, n): raise KeyError(n)
attempt(hasattr, Err(), "x")
attempt(hasattr, c)
