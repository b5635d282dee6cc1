import cmath

zs = [complex(x / 3, y / 5) for x in range(-4, 5, 2) for y in range(-5, 6, 3)]
for z in zs:
    s, c = cmath.sin(z), cmath.cos(z)
    e = cmath.exp(z)
    print(repr(z), repr(s * s + c * c), repr(cmath.log(e)), repr(cmath.sqrt(z) ** 2), repr(cmath.tanh(z)), repr(cmath.asinh(z)))
