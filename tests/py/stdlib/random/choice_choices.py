import random

r = random.Random(11)
print([r.choice("abcdefg") for _ in range(10)], r.choice([None]), r.choice(range(100, 200)), r.choice((1, 2)))
try:
    r.choice([])
except IndexError as e:
    print("IndexError", e)
print(r.choices("abc"), r.choices("abc", k=10), r.choices(range(5), k=0), r.choices([1, 2, 3], [10, 1, 1], k=10))
print(r.choices("xyz", cum_weights=[1, 1, 10], k=8), r.choices("ab", weights=[0.1, 0.9], k=5), r.choices([10, 20], weights=[1, 0], k=3))
print(r.choices(["only"], k=3), r.choices("ab", weights=[3, 1], k=4), r.choices("abc", weights=(x for x in [1, 1, 1]), k=2))
for bad in [lambda: r.choices("ab", [1]), lambda: r.choices("ab", 3), lambda: r.choices("ab", weights=[1, 1], cum_weights=[1, 2]),
            lambda: r.choices("ab", [0, 0]), lambda: r.choices("ab", [1, float("inf")]), lambda: r.choices("ab", ["x", "y"]),
            lambda: r.choices([], k=1), lambda: r.choices("ab", [-1, -2])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
