def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    a = 1
    def __getattr__(self, name):
        if name == "magic": return 42
        raise AttributeError(name)
c = C()
print(getattr(c, "a"), getattr(c, "magic"), getattr(c, "nope", "dflt"), getattr(c, "nope", None))
attempt(getattr, c, "nope")
attempt(getattr, 1, "nope")
attempt(getattr, 1)
attempt(getattr, 1, 2)
attempt(getattr, 1, "real", 3, 4)
class Raiser:
    @property
    def p(self): raise ValueError("boom")
attempt(getattr, Raiser(), "p", None)
print(hasattr(c, "magic"), hasattr(c, "zzz"), hasattr(1, "real"))
attempt(hasattr, Raiser(), "p")
