# Float arithmetic, including mixing with ints and bools.
vals = [0.0, -0.0, 1.0, -2.5, 0.1, 3.0, 1e308, 5e-324, 7.0, -1e-300]
for a in vals:
    print([a + b for b in vals])
    print([a - b for b in vals])
    print([a * b for b in vals])
    print([a / b if b else '-' for b in vals])
print(1 + 2.5, 2.5 + 1, True + 0.5, 3 * 1.5, 10 / 4, 10 / 5, 7 / 2.0, 2**53 + 1.0, 10**20 * 1.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 3
print(x)
for f in [lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.5 + "a", lambda: 1.5 + 10**400, lambda: 10**400 + 1.5]:
    try:
        f()
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
