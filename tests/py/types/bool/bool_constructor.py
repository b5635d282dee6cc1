# bool(x) uses truth testing; bool cannot be subclassed.
for x in (0, 1, -1, 0.0, -0.0, float("nan"), 0j, 1j, "", "a", [], [0], (), {}, {0: 0}, 2**100, range(0), range(3)):
    print(repr(x), bool(x))
print(bool(None))

class Truthy:
    def __bool__(self):
        return False

class Sized:
    def __len__(self):
        return 3

print(bool(), bool(Truthy()), bool(Sized()), bool(object()), bool(bool), bool(True), bool(False))
for f in [lambda: bool(1, 2), lambda: bool(x=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(e)
try:
    int.__new__(bool, 5)
except TypeError as e:
    print(e)
print(True is bool(1), False is bool(0), isinstance(True, int), issubclass(bool, int), bool.__mro__)
