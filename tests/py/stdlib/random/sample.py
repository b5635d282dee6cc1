import random

r = random.Random(8)
print(r.sample(range(10), 10), r.sample(range(10), 0), r.sample(range(1000), 5), r.sample(range(10 ** 9), 4))
print(r.sample("abcdefgh", 4), r.sample((1, 2, 3), 3), r.sample(list(range(50)), 7), r.sample(range(100), 30))
print(r.sample(range(30), 25), r.sample(range(300), 6))
print(r.sample(["red", "blue"], counts=[4, 2], k=5), r.sample("abc", k=6, counts=[1, 2, 3]), r.sample(range(3), counts=[0, 0, 5], k=2))
for bad in [lambda: r.sample({1, 2}, 1), lambda: r.sample({"a": 1}, 1), lambda: r.sample([1, 2], 3), lambda: r.sample([1], -1),
            lambda: r.sample([1, 2], k=1, counts=[1]), lambda: r.sample([1], 1, counts=[1.5]), lambda: r.sample([1], 1, counts=[0]),
            lambda: r.sample([1, 2], 1, [1, 1]), lambda: r.sample(iter([1, 2]), 1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
