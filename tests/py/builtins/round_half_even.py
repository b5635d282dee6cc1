def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 2.675]])
print(round(1e16 + 1.5), round(-1e-320, 2), round(1.23456789e-5, 8))
attempt(round, 1.5, 2.0)
print(round(True), round(False, 3), type(round(True)).__name__)
