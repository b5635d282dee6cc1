import math

print(math.prod([]), math.prod([1, 2, 3, 4, 5]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([2] * 70))
print(math.prod([1, 2], start=10), math.prod([], start=3.5), math.prod(["ab", 3], start=1), math.prod([True, True]))
print(math.prod((x / 2 for x in range(1, 6))), math.prod([10 ** 10] * 3), math.prod([0.1] * 5))
print(math.prod([[1], 2]) if False else math.prod([3, [1]]))
for args, kw in [(([1],), {"start": 2, "x": 1}), ((), {}), (([1], 2), {}), ((5,), {})]:
    try:
        print(math.prod(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 2), math.hypot(*range(10)))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(5e-324, 5e-324), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 2), math.hypot(True, 1))
for i in range(1, 12):
    print(i, repr(math.hypot(i * 0.1, i * 0.37, 1.0 / i)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
print(math.dist(iter([1, 1]), (2, 2)), math.dist(range(5), range(5, 10)))
for p, q in [((1, 2), (1,)), (1, (2,)), ((1, "a"), (2, 3))]:
    try:
        print(math.dist(p, q))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
