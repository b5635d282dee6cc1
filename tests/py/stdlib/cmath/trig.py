import cmath

for z in [0.5 + 0.5j, 1 - 2j, -3 + 0.1j, 1e-8j, 2.5, 3j, -1 - 1j]:
    print(repr(z), cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print("   inv", cmath.asin(z), cmath.acos(z), cmath.atan(z))
for x in [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0]:
    print(x, cmath.asin(x), cmath.acos(x), cmath.asin(complex(x, -0.0)), cmath.acos(complex(x, -0.0)))
print(cmath.atan(2j), cmath.atan(-2j), cmath.atan(0.5j), cmath.atan(complex(0, -0.5)))
for bad in [1j, -1j]:
    try:
        cmath.atan(bad)
    except ValueError as e:
        print(bad, "ValueError", e)
