# builtins the way learners use them
print(vars().keys() == globals().keys(), "vars" in dir(__builtins__))
class P:
    def __init__(self):
        self.x = 1
        self.y = [2]
print(vars(P()), sorted(vars(P)), type(vars(P)).__name__)
for bad in (1, "s", [1]):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError:", e)
def local_vars(a, b=2):
    c = a + b
    return vars()
print(local_vars(1))
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)

# type() with 3 arguments
Point = type("Point", (), {"x": 0, "show": lambda self: f"Point({self.x})"})
p = Point()
p.x = 3
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__, p.show(), type(p) is Point)
Sub = type("Sub", (Point,), {})
print(Sub.__mro__, isinstance(Sub(), Point), Sub().show())
for args in (("A",), ("A", (), {}, 1), (1, (), {}), ("A", 1, {}), ("A", (), 1), ("A", (1,), {}), ()):
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError:", e)
print(type(1), type("a"), type([]), type(type), type(None), type(len), type(print), type(lambda: 0))
try:
    type("A", (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)

# format()
for v, spec in ((3.14159, ".2f"), (42, "08b"), (42, "x"), (42, "#X"), (1234567, ","), (1234567.891, "_.1f"),
                (0.25, "%"), ("hi", ">6"), ("hi", "*^7"), (-5, "+d"), (5, " d"), (3, ""), (1e20, "g"),
                (float("nan"), "f"), (float("-inf"), "e"), (12.5, ".0f"), (13.5, ".0f"), (255, "c"), (True, "d"),
                (None, ""), ([1], ""), (2 ** 64, "_x"), (1.5, "08.3f"), (-1.5, "=+10.2f"), (123, "e")):
    print(repr(format(v, spec)))
for v, spec in ((1, "s"), ("x", "d"), (1.5, "d"), (None, "d"), ([], "x"), (1, "zz"), (3, ".2d"), ("s", "+")):
    try:
        format(v, spec)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3), format("x"), format(2.5), format(1j))

# round()
for args in ((2.5,), (3.5,), (-2.5,), (0.5,), (1.5,), (2.675, 2), (1.005, 2), (12345, -2), (12355, -1),
             (-12345, -2), (5, -1), (15, -1), (25, -1), (1e300, 2), (1.23456, 0), (1.23456, -1), (0.0, 3),
             (-0.0,), (-0.4,), (float("inf"), 2), (float("nan"), 1), (2 ** 70, -3), (True,), (7, None), (7.7, None)):
    print(args, repr(round(*args)))
for args in ((float("inf"),), (float("nan"),), ("1",), (1.5, 1.0), (1, "2")):
    try:
        round(*args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3))

# sorted: key, reverse, stability
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(["Banana", "apple", "cherry", "Apple"], key=str.lower))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: 1, 1: 2}), sorted((), reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
for bad in (lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: sorted([1], 1), lambda: sorted(),
            lambda: sorted(5), lambda: sorted([1], cmp=None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# zip strict
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([1, 2, 3], "ab")))
for a, b in (([1, 2, 3], "ab"), ([1], "ab"), ([], "a")):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip([1], 5)
except TypeError as e:
    print("TypeError:", e)
z = zip([1], [2])
print(type(z).__name__, repr(z).startswith("<zip object at 0x"))

# map / filter reprs and errors
m = map(str, [1, 2])
f = filter(None, [0, 1, 2])
print(repr(m).startswith("<map object at 0x"), repr(f).startswith("<filter object at 0x"), type(m), type(f))
print(list(m), list(f), list(map(pow, [2, 3], [3, 2])), list(filter(lambda x: x % 2, range(7))))
print(list(map(lambda a, b: a + b, "ab", "xyz")))
for bad in (lambda: map(), lambda: map(str), lambda: filter(None), lambda: map(str, 5), lambda: filter(None, 5),
            lambda: list(map(5, [1]))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(repr(enumerate("ab"))[:22], reversed([1]) is not None, repr(range(3)), repr(slice(1, 2)), iter([]).__class__.__name__)
