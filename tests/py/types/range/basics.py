# range: repr, len, truth, indexing, slicing, iteration, attributes.
for args in [(5,), (0,), (-3,), (1, 10), (1, 10, 3), (10, 1, -2), (5, 5, -1), (0, 1), (3, 4, 100)]:
    r = range(*args)
    print(repr(r), len(r), bool(r), list(r), r.start, r.stop, r.step)
r = range(2, 20, 3)
print(r[0], r[-1], r[2], r[-6], r[1:4], r[::-1], r[::2], r[1:-1:2], r[5:1], r[100:], r[-100:2])
print(list(r[::-1]), list(reversed(r)), list(r[1:4]), range(10)[-3:])
print(type(iter(r)).__name__, type(reversed(r)).__name__, iter(r).__length_hint__())
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5), range(3) != range(3))
print(sorted(m for m in dir(range) if not m.startswith("__")))
print(r.__reduce__(), range(3).__reduce__())
