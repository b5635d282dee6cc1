import math

pairs = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (1e10, 1e10 + 1), (math.inf, math.inf),
         (math.inf, -math.inf), (math.nan, math.nan), (1, 1.0000000001), (-1.0, -1.0000000001), (0.0, -0.0)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-12), math.isclose(a, b, abs_tol=1e-9))
print(math.isclose(a=1, b=1.05, rel_tol=0.1), math.isclose(1, 2, abs_tol=1), math.isclose(1, 2, rel_tol=0.5, abs_tol=0.0))
for args, kw in [((1, 2), {"rel_tol": -1}), ((1, 2), {"abs_tol": -0.1}), ((1,), {}), ((1, 2, 3), {}), ((1, 2), {"tol": 1}),
                 (("a", 2), {})]:
    try:
        print(math.isclose(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
