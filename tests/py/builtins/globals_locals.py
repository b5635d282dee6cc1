def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = 10
def f(a):
    b = a + 1
    l = locals()
    print(sorted(l.items()))
    print("x" in globals(), "b" in globals())
f(1)
g = globals()
print(g["x"], g is globals(), g["__name__"])
g["newvar"] = 5
print(newvar)
class K:
    q = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
attempt(globals, 1)
attempt(locals, 1)
