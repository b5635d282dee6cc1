import math

cases = [
    [],
    [0.1] * 10,
    [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [1.0, 1e100, 1.0, -1e100],
    [1e-16, 1.0, 1e16],
    [2.0 ** 53, -0.5, -(2.0 ** -54)],
    [2.0 ** 53, 1.0, 2.0 ** -100],
    [1e308, 1e308, -1e308],
    [0.1, 0.2, 0.3, -0.6],
    list(range(10)),
    [1, 2.5, True, 10 ** 10],
    [-0.0, -0.0],
    [-0.0, 0.0],
    [math.inf, 1.0],
    [math.inf, math.inf],
    [-math.inf, 5.0],
    [math.nan, 1.0],
    [1.7976931348623157e308, -1.7976931348623157e308, 1.0],
]
for c in cases:
    try:
        print(repr(math.fsum(c)), repr(sum(c)) if all(isinstance(v, (int, float)) for v in c) else "")
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [[math.inf, -math.inf], [1e308, 1e308], [1, "a"]]:
    try:
        math.fsum(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fsum(x / 7 for x in range(1000)), math.fsum(iter([0.5, 0.25])), math.fsum({1.5: 0, 2.5: 1}))
print(math.fsum([1/n for n in range(1, 200)]))
