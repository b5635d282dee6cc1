import itertools as it

r = range(20)
for args in [(5,), (2, 8), (2, 8, 2), (None,), (3, None), (None, None, 3), (0, 0), (10, 5), (0, 100, 7), (None, 4), (15, None, 10)]:
    print(args, list(it.islice(r, *args)))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(it.count(), 3, 12, 4)))
class Idx:
    def __index__(self):
        return 3
print(list(it.islice(range(10), Idx())), list(it.islice(range(10), Idx(), None, Idx())))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 1, 3)), next(src))
def gen():
    for i in range(5):
        print("yield", i)
        yield i
s = it.islice(gen(), 1, 4, 2)
print(list(s), list(s))
print(list(it.islice(range(10), 2 ** 70)), list(it.islice(range(5), 1, 2 ** 70, 2 ** 65)))
for args in [(-1,), (1, -1), (-2,), (0, 5, 0), (0, 5, -1), ("a",), (1.5,), ("a", 3), (-5, 3), (1, 2, "x")]:
    try:
        print(list(it.islice(range(10), *args)))
    except ValueError as e:
        print(args, "ValueError", e)
for bad in [lambda: it.islice(range(10)), lambda: it.islice(range(10), 1, 2, 3, 4), lambda: it.islice(range(3), stop=2), lambda: it.islice(5, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
