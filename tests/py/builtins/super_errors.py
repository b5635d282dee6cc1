def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    pass
class B(A):
    def f(self):
        return super().f()
attempt(B().f)
def plain(self):
    return super().x
attempt(plain, 1)
class C:
    @staticmethod
    def s():
        return super()
attempt(C.s)
print(repr(super(B, B()))[:22], repr(super(B)))
sup = super(B)
print(sup.__get__(B()).__self_class__.__name__)
attempt(super, B, A())
