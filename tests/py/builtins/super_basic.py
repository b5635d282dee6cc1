def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def hello(self): return "A.hello"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
class B(A):
    def hello(self): return "B+" + super().hello()
    @classmethod
    def cm(cls): return "B+" + super().cm()
class C(B):
    def hello(self): return "C+" + super(B, self).hello()
print(B().hello(), C().hello(), B.cm(), C.cm())
print(super(B, B()).hello(), super(C, C).cm())
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)
def bad():
    return super()
attempt(bad)
attempt(super, 1)
attempt(super, int, "x")
attempt(getattr, super(B, B()), "nothing")
class E(A):
    def f(self):
        del self
        return super().hello()
attempt(E().f)
