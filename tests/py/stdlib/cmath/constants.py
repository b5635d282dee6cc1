import cmath
import math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, cmath.e == math.e, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.imag != cmath.nanj.imag)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(cmath.__name__, cmath.__doc__)
