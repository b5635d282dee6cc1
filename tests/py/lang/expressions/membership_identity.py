print(3 in [1, 2, 3], "a" in {"a": 1}, 2 in {1: "x"}, "z" in "xyz", (1, 2) in [(1, 2)])
print(None in [0, "", None], 1.0 in {1}, True in [1])
class Container:
    def __contains__(self, item):
        print("checking", item)
        return item == "magic"
c = Container()
print("magic" in c, "other" not in c)
class Iterable:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in Iterable(), 5 in Iterable())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
x = []
y = x
print(x is y, x is not [], None is None)
