import cmath

inf, nan = float("inf"), float("nan")
pairs = [(1 + 1j, 1 + 1j), (1 + 1j, 1 + 1.0000000001j), (1, 1.01), (0, 1e-10), (complex(inf, 0), complex(inf, 0)), (complex(inf, 1), complex(-inf, 1)),
         (complex(nan, 0), complex(nan, 0)), (1e10j, 1e10j + 1)]
for a, b in pairs:
    print(a, b, cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=0.1), cmath.isclose(a, b, abs_tol=1e-9), cmath.isclose(a=a, b=b))
for z in [0, 1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(1, nan), complex(inf, nan)]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for bad in [lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, abs_tol=-1), lambda: cmath.isclose(1, 2, tol=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
