def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(pow(2, 10), pow(2, -1), pow(2, 100, 7), pow(-2, 3), pow(2.0, 0.5), pow(3, 4, -5), pow(base=2, exp=5), pow(7, -1, 11))
print(pow(0, 0), pow(0.0, 0), pow(-8, 1/3).real > 0)
attempt(pow, 2, 3, 0)
attempt(pow, 2.0, 3, 4)
attempt(pow, 1)
attempt(pow, 1, 2, 3, 4)
attempt(pow, 0, -1)
attempt(pow, 2, -1, 4)
attempt(pow, "a", 2)
