# Iterating a range creates ints as it goes; reversed and islice-like partial iteration.
total = 0
for i in range(100000):
    total += i
print(total)
it = iter(range(5))
print(next(it), next(it), it.__length_hint__(), it.__reduce__()[1:], list(it), it.__length_hint__())
it = iter(range(10))
it.__setstate__(7)
print(list(it))
it = iter(range(10))
it.__setstate__(-5)
print(list(it))
print(sum(range(0, 100, 7)), max(range(-5, 5)), min(range(10, 0, -1)), list(enumerate(range(3, 6))))
print([x for x in range(10) if x % 3 == 0], list(zip(range(3), range(10, 13))))
