# update()/dict() accept mappings (keys() + __getitem__), pair iterables and keywords.
class M:
    def keys(self):
        print("keys")
        return ["x", "y"]

    def __getitem__(self, k):
        print("get", k)
        return k * 2


print(dict(M()))
d = {}
d.update(M(), z=1)
print(d)
print(dict([("a", 1), ("b", 2)], c=3), dict({"a": 1}, a=2), dict(zip("abc", range(3))))
print(dict(enumerate("xy")), dict([[1, 2]]), dict(((1, 2),)), dict([(1, 2), (1, 3)]))
print({**{"a": 1}, **{"b": 2}, "c": 3}, {**dict(a=1), "a": 2})


def f(**kw):
    return kw


print(f(**{"a": 1}, b=2), f(**M()))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
