# Constant folding of float // and % gives what the runtime gives: an infinite dividend makes
# the remainder NaN, and CPython's _float_div_mod treats that NaN as nonzero, so the folded
# 1e309 // 2.5 is nan like the computed one, not 0.0.
inf = float("inf")
print(1e309 // 2.5, inf // 2.5)
print(1e308 * 10 // 2.5, 1e309 % 2.5, inf % 2.5)
print(-1e309 // 3.0, -inf // 3.0, 1e309 // -3.0)
print(7.5 // 2.0, -7.5 // 2.0, 7.5 % -2.0, 1.0 // 1e309, -1.0 // 1e309, -1.0 % 1e309)
