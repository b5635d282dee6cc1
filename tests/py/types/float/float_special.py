# inf, nan and signed zeros through arithmetic, comparison and conversion.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan * 0, nan == nan, nan != nan)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, abs(-0.0), -(0.0))
print(inf > 1e308, -inf < -1e308, max(inf, nan), min(nan, inf), sorted([3.0, -inf, inf, 0.0, -0.0]))
print(bool(0.0), bool(-0.0), bool(nan), bool(inf))
print(float("1e309"), float("-1e309"), 1e308 + 1e308, -(1e308 + 1e308), 5e-324 * 0.5, 5e-324 * 0.51)
print(inf // 1, inf % 1 if False else "skip", 1 // inf, -1 // inf, 1 % inf, -1 % inf, divmod(-1, inf))
print([x for x in (inf, -inf, nan, 0.0) if x == x], nan in [nan], nan in (float("nan"),))
