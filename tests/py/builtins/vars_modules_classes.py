def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import sys
v = vars(sys)
print(type(v).__name__, v is sys.__dict__, "path" in v)
class P:
    a = 1
print(type(vars(P)).__name__, vars(P)["a"])
class WithDict:
    @property
    def __dict__(self): return {"fake": True}
print(vars(WithDict()))
