def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n, d in [(15, -1), (25, -1), (-15, -1), (149, -2), (150, -2), (250, -2), (0, -3), (123, 0), (123, 5), (10**20 + 5, -1)]:
    print(n, d, round(n, d))
for x in [0.125, 0.375, 2.5e-8, 1e300, -1.5, 123.456]:
    print(x, round(x, 2), round(x))
