import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(repr(math.pi), repr(-math.inf), type(math.nan).__name__)
print(math.tau == 2 * math.pi, math.inf > 1e308, math.nan == math.nan, math.nan != math.nan)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(math.pi))
print(f"{math.pi:.20f}", f"{math.e:.15e}", format(math.tau, ".3g"))
print(math.pi.hex(), math.e.hex(), math.tau.hex())
print(math.pi.as_integer_ratio())
print(sorted(name for name in dir(math) if not name.startswith("_")))
