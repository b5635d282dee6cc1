import cmath

for z in [1, -1, 1j, -1j, 3 + 4j, -3 - 4j, complex(-1, 0.0), complex(-1, -0.0), 0j, complex(-0.0, -0.0), 1e308 + 1e308j]:
    print(repr(z), cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, cmath.pi / 2), (2, cmath.pi), (-1, cmath.pi / 4), (3, -0.0), (0, 1), (1e300, 1e-300), (5, 2.5)]:
    print(r, phi, cmath.rect(r, phi))
z = 1.5 - 2.5j
print(cmath.rect(*cmath.polar(z)), abs(z))
try:
    cmath.polar(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: cmath.rect(1), lambda: cmath.rect("a", 1), lambda: cmath.phase("x"), lambda: cmath.rect(1, float("inf")), lambda: cmath.polar()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
