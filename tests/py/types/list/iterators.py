# list iterators, reversed iterators, length hints and modification during iteration.
l = [1, 2, 3, 4]
it = iter(l)
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(l)
print(type(r).__name__, r.__length_hint__(), next(r), list(r))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.append(4)
print(out)
it = iter([1, 2, 3])
print(it.__reduce__()[1:], list(it), it.__reduce__()[1:])
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
r = reversed([1, 2, 3])
r.__setstate__(0)
print(list(r))
l = [1, 2]
r = reversed(l)
l.clear()
print(list(r))
print(list(zip(l, l)), [x * 2 for x in range(3)])
