import operator

g = operator.itemgetter(1)
print(g([10, 20, 30]), g("xyz"), g({1: "one"}), repr(g), type(g).__name__, type(g))
g2 = operator.itemgetter(0, -1, slice(1, 3))
print(g2([1, 2, 3, 4]), repr(g2))
print(repr(operator.itemgetter("a", (1, 2))), repr(operator.itemgetter((1, 2))))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter("k"), [{"k": 1}, {"k": 2}])))
print(g.__reduce__(), g2.__reduce__())
for args in [(), (1, 2)]:
    try:
        g(*args)
    except TypeError as e:
        print("TypeError", e)
for bad in [lambda: operator.itemgetter(), lambda: operator.itemgetter(1, x=2), lambda: g(5), lambda: g([]), lambda: g(x=1)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    class Sub(operator.itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)
