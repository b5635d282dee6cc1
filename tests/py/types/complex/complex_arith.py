# Complex arithmetic, including mixing with ints and floats.
vals = [complex(0, 0), complex(1, 0), 1j, complex(-0.0, -1), complex(1.5, -2.5), complex(3, 4), complex(1e308, 1e308),
        complex(-1, 0), 2j, -3.5j]
for a in vals:
    print([a + b for b in vals])
    print([a - b for b in vals])
    print([a * b for b in vals])
    print([a / b if b else '-' for b in vals])
print(1 + 2j, 2j + 1, 1.5 - 2j, 3 * 1j, 1j * 1j, 2j ** 2, (1 + 1j) * (1 - 1j), 10**20 * 1j, True + 1j)
z = complex(1, 2)
z += 1
z *= 1j
z -= 2.5
z /= 2
print(z)
for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1j % 2, lambda: 1j // 2, lambda: divmod(1j, 1), lambda: 1j < 2j,
          lambda: 1j + "a", lambda: 10**400 * 1j, lambda: int(1j), lambda: float(1j)]:
    try:
        f()
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
