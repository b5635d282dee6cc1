import random

r = random.Random(5)
print([r.randrange(10) for _ in range(10)], [r.randrange(5, 10) for _ in range(8)], [r.randrange(0, 100, 5) for _ in range(8)])
print([r.randrange(10, 0, -2) for _ in range(8)], [r.randrange(-10, -5) for _ in range(5)], r.randrange(2 ** 70), r.randrange(2 ** 65, 2 ** 66))
print([r.randint(1, 6) for _ in range(15)], r.randint(5, 5), r.randint(-3, 3), r.randint(0, 2 ** 100))
print(r.randrange(True), r.randrange(1, True + 2), r.randrange(0, 10, True))
for args in [(0,), (1, 1), (1, 10, 0), (10, 1), (10, 1, 1), (1, 10, -1), (-5,)]:
    try:
        r.randrange(*args)
    except ValueError as e:
        print(args, "ValueError", e)
for bad in [lambda: r.randrange(1, step=2), lambda: r.randrange([1]), lambda: r.randrange(0, None, 2), lambda: r.randint("a", 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 4
print(r.randrange(Idx()), r.randrange(Idx(), 10, Idx()))
