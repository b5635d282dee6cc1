import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4, 5]), functools.reduce(operator.add, [1, 2, 3], 10), functools.reduce(operator.add, [], "init"))
print(functools.reduce(operator.mul, range(1, 11)), functools.reduce(lambda a, b: a + [b], "abc", []), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(operator.add, ["a"]), functools.reduce(lambda a, b: (a, b), range(4)), functools.reduce(operator.add, iter([1.5, 2.5])))
calls = []
def f(a, b):
    calls.append((a, b))
    return a - b
print(functools.reduce(f, [10, 1, 2, 3]), calls)
for bad in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5), lambda: functools.reduce(operator.add),
            lambda: functools.reduce(operator.add, [], 0, 1), lambda: functools.reduce(operator.add, [], initial=0), lambda: functools.reduce(1, [1, 2]),
            lambda: functools.reduce()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
def g():
    yield 1
    raise ValueError("from generator")
try:
    functools.reduce(operator.add, g())
except ValueError as e:
    print("ValueError", e)
keep = []
functools.reduce(lambda *args: keep.append(args) or 0, [1, 2, 3])
print(keep)
