import operator

l = [1, 2, 3, 2, 1]
print(operator.contains(l, 2), operator.contains("hello", "ell"), operator.contains({"a": 1}, "a"), operator.contains(range(5), 7))
print(operator.countOf(l, 2), operator.countOf("banana", "a"), operator.indexOf(l, 2), operator.indexOf(iter([5, 6, 7]), 7))
try:
    operator.indexOf(l, 9)
except ValueError as e:
    print("ValueError", e)
print(operator.getitem(l, 1), operator.getitem(l, slice(1, 3)), operator.getitem({"k": "v"}, "k"), operator.getitem("abc", -1))
operator.setitem(l, 0, 99)
operator.delitem(l, -1)
print(l)
d = {}
operator.setitem(d, "x", 1)
operator.setitem(d, "y", 2)
operator.delitem(d, "x")
print(d)
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2, 3)))
for args in [(1, 2), ([1], (2,)), ({}, {})]:
    try:
        print(operator.concat(*args))
    except TypeError as e:
        print("TypeError", e)
nan = float("nan")
print(operator.countOf([nan, nan], nan), operator.indexOf([nan], nan))
for f, args in [(operator.getitem, ([1], 5)), (operator.delitem, ({}, "x")), (operator.contains, (1, 1)), (operator.setitem, ((1,), 0, 2))]:
    try:
        f(*args)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
