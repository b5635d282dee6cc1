def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def make(name, value):
    globals()[name] = value
make("dyn", 123)
print(dyn)
def counter():
    g = globals()
    g["count"] = g.get("count", 0) + 1
counter(); counter()
print(count)
print(sorted(k for k in globals() if not k.startswith("_"))[:6])
