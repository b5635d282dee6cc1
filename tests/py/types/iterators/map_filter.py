# map and filter: laziness, several iterables, None and bool as predicates, errors.
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "cde", "f")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(bool, [0, 2])), list(filter(lambda x: x > 1, range(4))))
calls = []


def f(x):
    calls.append(x)
    return x * 2


m = map(f, range(5))
print(calls, next(m), calls, list(m), calls)


def t(g):
    try:
        print("ok", g())
    except TypeError as ex:
        print(ex)


t(lambda: map())
t(lambda: map(int))
t(lambda: map(int, x=1))
t(lambda: map(int, 1))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: filter(None, [], x=1))
print(map(int, "1").__reduce__()[0].__name__, filter(None, "").__reduce__()[0].__name__)
print(list(map(int, "123", "45")))
