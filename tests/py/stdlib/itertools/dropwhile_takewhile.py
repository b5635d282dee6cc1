import itertools as it

data = [1, 4, 6, 4, 1, 7]
print(list(it.dropwhile(lambda x: x < 5, data)), list(it.takewhile(lambda x: x < 5, data)))
print(list(it.dropwhile(lambda x: True, data)), list(it.takewhile(lambda x: True, data)), list(it.dropwhile(bool, [0, 0, 1, 0])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.filterfalse(bool, [0, 2, False])), list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(max, ["ab", [3, 1]])))
calls = []
def pred(x):
    calls.append(x)
    return x < 3
tw = it.takewhile(pred, range(10))
print(list(tw), calls, list(tw))
calls.clear()
dw = it.dropwhile(pred, range(6))
print(next(dw), calls, list(dw), calls)
print(list(it.starmap(lambda *a: sum(a), [[], [1], (1, 2), range(4)])))
for bad in [lambda: it.dropwhile(None), lambda: it.takewhile(1, 2, 3), lambda: it.takewhile(bool, 5), lambda: it.filterfalse(None, 1),
            lambda: it.starmap(1), lambda: list(it.starmap(pow, [1])), lambda: it.dropwhile(predicate=bool, iterable=[]),
            lambda: list(it.takewhile(None, [1]))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Boom:
    def __bool__(self):
        raise ValueError("no bool")
try:
    list(it.dropwhile(lambda x: Boom(), [1, 2]))
except ValueError as e:
    print("ValueError", e)
