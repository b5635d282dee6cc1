import cmath

for z in [1 + 1j, -1 + 0.5j, 2j, -3, 0.25 - 4j, 1e-5 + 1e-5j, 10 + 10j]:
    print(repr(z), cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z))
print(cmath.sqrt(-1), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.exp(1j * cmath.pi), cmath.exp(0))
print(cmath.log(cmath.e), cmath.log(100, 10), cmath.log(-8, 2), cmath.log(1j), cmath.log(2 + 0j, 1j))
print(cmath.sqrt(4), type(cmath.sqrt(4)).__name__, cmath.sqrt(True), cmath.exp(1.5))
