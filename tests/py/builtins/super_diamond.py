def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base:
    def who(self): return ["Base"]
class L(Base):
    def who(self): return ["L"] + super().who()
class R(Base):
    def who(self): return ["R"] + super().who()
class D(L, R):
    def who(self): return ["D"] + super().who()
print(D().who(), [c.__name__ for c in D.__mro__])
class P:
    @property
    def v(self): return "P.v"
class Q(P):
    @property
    def v(self): return "Q+" + super().v
print(Q().v)
class S:
    def __init__(self, x): self.x = x
class T(S):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
t = T(1, 2)
print(t.x, t.y)
class U:
    def __getattr__(self, n): return "getattr:" + n
class V(U):
    def f(self): return super().__getattribute__("__class__").__name__
print(V().f(), V().missing)
class W(list):
    def append(self, x):
        super().append(x * 2)
w = W(); w.append(5); print(w)
