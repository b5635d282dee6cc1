# Tuple iteration, unpacking, iterator state and pickling support.
t = (1, 2, 3)
a, b, c = t
first, *rest = t
print(a, b, c, first, rest)
it = iter(t)
print(type(it).__name__, next(it), it.__length_hint__(), it.__reduce__()[1:])
print(list(it), it.__length_hint__())
it = iter((5, 6, 7))
it.__setstate__(1)
print(list(it))
print(t.__getnewargs__(), (1,).__getnewargs__())
print(list(reversed(t)), type(reversed(t)).__name__)
