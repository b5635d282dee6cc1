def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for b, e, m in [(3, 200, 13), (-3, 3, 5), (10**20, 10**20, 97), (5, -2, 7), (2, 0, 1), (0, 0, 1)]:
    attempt(pow, b, e, m)
attempt(pow, 6, -1, 9)
attempt(pow, 2, 3.0, 5)
print(pow(2.5, 2), pow(-8.0, 1/3) == pow(-8.0, 1/3), pow(4, 0.5), pow(10, -2))
