def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(5.5, 2), (-5.5, 2), (5.5, -2), (1e308, 1e-308), (0.0, 3), (-0.0, 3)]:
    attempt(divmod, a, b)
attempt(divmod, 1.0, 0.0)
attempt(divmod, 1, 0.0)
