import collections
import array
def f(x):
    match x:
        case [a, b, c]:
            return ("seq", a, b, c)
        case 120:
            return "int"
        case _:
            return None
for v in (bytearray(b"abc"), bytearray(b"x"), b"abc", "abc", memoryview(b"abc"), array.array("b", b"abc"), (1, 2, 3), range(3)):
    print(type(v).__name__, f(v))
import collections.abc
print(isinstance(bytearray(), collections.abc.MutableSequence))
