import operator

print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(object()), operator.length_hint(object(), 5))
class H:
    def __length_hint__(self):
        return 42
class Neg:
    def __length_hint__(self):
        return -1
class NI:
    def __length_hint__(self):
        return NotImplemented
print(operator.length_hint(H()), operator.length_hint(NI(), 7))
for bad in [lambda: operator.length_hint(Neg()), lambda: operator.length_hint([], "x"), lambda: operator.length_hint()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True), operator.call(dict, a=1))
print(operator.__lt__ is operator.lt, operator.__add__(1, 2), operator.__call__(len, "abc"), operator.__not__(1), operator.__index__(7))
print(len(operator.__all__), sorted(operator.__all__)[:5], operator.__name__)
print(operator.itemgetter.__module__ if hasattr(operator.itemgetter, "__module__") else "?", type(operator.methodcaller("x")).__name__)
import _operator
print(_operator.__name__, _operator._compare_digest(b"abc", b"abc"), _operator._compare_digest("ab", "ac"), _operator._compare_digest(b"a", bytearray(b"a")))
for args in [("a", b"a"), ("é", "é")]:
    try:
        _operator._compare_digest(*args)
    except TypeError as e:
        print("TypeError", e)
