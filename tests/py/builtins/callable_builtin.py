def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(lambda: 0), callable(1), callable(print))
attempt(callable)
