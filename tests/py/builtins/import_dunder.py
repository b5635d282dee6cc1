def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = __import__("sys")
print(m.__name__)
attempt(__import__, "")
attempt(__import__, 1)
attempt(__import__, "definitely_not_a_module_xyz")
attempt(__import__, "sys", level=-1)
attempt(__import__)
attempt(__import__, "x", {}, {}, [], 1)
