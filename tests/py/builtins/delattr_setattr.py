def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C: pass
c = C()
setattr(c, "x", 5)
print(c.x, getattr(c, "x"))
delattr(c, "x")
print(hasattr(c, "x"))
attempt(delattr, c, "x")
attempt(setattr, c, 1, 2)
attempt(delattr, c)
attempt(setattr, 1, "real", 5)
attempt(setattr, object(), "y", 1)
