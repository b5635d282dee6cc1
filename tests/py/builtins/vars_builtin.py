def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __init__(self): self.a = 1; self.b = 2
print(vars(C()))
print(sorted(k for k in vars(C) if not k.startswith("__")))
def f():
    x = 1
    y = 2
    return vars()
print(f())
attempt(vars, 1)
attempt(vars, 1, 2)
class S:
    __slots__ = ("a",)
attempt(vars, S())
