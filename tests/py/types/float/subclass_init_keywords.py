class F(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = F(2.5, newarg=3)
print(u, u.newarg)
class F2(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
print(F2(1.5, newarg=4).newarg)
for T in (int, str, tuple, list, complex, bytes, frozenset, set, dict, bytearray):
    class S(T):
        def __init__(self, *a, extra=None, **k):
            self.extra = extra
    try:
        s = S(extra=5)
        print(T.__name__, repr(s), s.extra)
    except TypeError as e:
        print(T.__name__, "TypeError", e)
try: float(x=1)
except TypeError as e: print(e)
try: int(x=1)
except TypeError as e: print(e)
