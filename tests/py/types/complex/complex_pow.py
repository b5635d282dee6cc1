# Complex powers: small integer exponents by repeated multiplication, others in polar form.
bases = [complex(0, 1), complex(1, 1), complex(2, -3), complex(-1, 0), complex(0.5, 0.5), complex(3, 4), complex(1, 0)]
for b in bases:
    print([b ** n for n in (0, 1, 2, 3, -1, -2, 10, 100)])
print(1j ** 1j, (1 + 1j) ** 0.5, 2 ** (1 + 1j) if False else complex(2, 0) ** 3, (-8) ** (1 / 3))
print(pow(1j, 2), (-1) ** 0.5, (-2.0) ** 1.5)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -1.5, lambda: (1e200 + 1e200j) ** 2, lambda: pow(1j, 2, 3),
          lambda: complex(10, 10) ** 1000]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(0j ** 0, 0j ** 2, 0j ** 2.5, (2 + 0j) ** 0.5)
