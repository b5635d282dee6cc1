def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v, spec in [(3.14159, "e"), (1e20, "g"), (255, "x"), (255, "#X"), (-42, "+d"), (42, "=+8d"), (0.1, ".30f"), (1/3, ".3%"), (12345.678, ",.1f"), (True, "d"), ("s", ">5"), (5, "c")]:
    print(repr(spec), format(v, spec))
attempt(format, 1.5, "d")
attempt(format, "s", "d")
attempt(format, 1, "z")
