import cmath

for z in [0.5 + 0.5j, 1 - 2j, -3 + 0.1j, 1e-8j, 2.5, 3j, 20 + 1j, -700 + 0.5j, 711 + 1j]:
    print(repr(z), cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print("   inv", cmath.asinh(z), cmath.acosh(z), cmath.atanh(z) if z != 1 else "-")
for x in [-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0]:
    try:
        print(x, cmath.atanh(x), cmath.acosh(x), cmath.asinh(x))
    except ValueError as e:
        print(x, "ValueError", e)
for bad in [1000, 1000j, -710 + 1j]:
    for f in (cmath.sinh, cmath.cosh, cmath.exp):
        try:
            print(f(bad))
        except OverflowError as e:
            print("OverflowError", e)
print(cmath.tanh(1000 + 1j), cmath.tanh(-1000 - 2j), cmath.tan(1000j))
