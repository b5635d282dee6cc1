# Dict iterators: item tuples, length hints, pickling state, exhaustion.
d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items())
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(it.__reduce__()[1], list(it), it.__length_hint__())
for k, v in d.items():
    print(k, v, end="; ")
print()
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(reversed(d.items())).__name__)
items = list(d.items())
print(items, [type(i).__name__ for i in items])
print(sum(d.values()), max(d), sorted(d, key=d.get, reverse=True))
it = iter(d)
next(it)
d["d"] = 4
try:
    next(it)
except RuntimeError as e:
    print(e)
