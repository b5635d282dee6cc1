import cmath, math
inf, nan = float("inf"), float("nan")
vals = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for re in vals:
        for im in vals:
            try:
                out.append(repr(f(complex(re, im))))
            except ValueError:
                out.append("VE")
            except OverflowError:
                out.append("OE")
    print(name, " ".join(out))
for r in vals:
    out = []
    for phi in vals:
        try:
            out.append(repr(cmath.rect(r, phi)))
        except ValueError:
            out.append("VE")
    print("rect", out)
for z in [0, 1, -1, 1j, -1j, 2+3j, -2-3j, 0.5+0.5j, 1e-320+1e-320j, 1e300+1e300j, 3, 1.0000001, 0.9999+0.0001j, -1e-10j, 1e308j]:
    print(repr(z), [repr(getattr(cmath, n)(z)) if not (n in ("log", "log10", "atanh") and z in (0, 1, -1)) else "-" for n in names])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.polar(-1), cmath.rect(2, cmath.pi / 3), cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isfinite(1+inf*1j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 1)))
