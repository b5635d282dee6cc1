# reversed: __reversed__ when present, otherwise len() + __getitem__; not for sets or dicts.
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        print("getitem", i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter("cba")


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


print(list(reversed(Seq())), list(reversed(Rev())), list(reversed((1, 2, 3))), list(reversed("abc")))
print(list(reversed(range(3))), list(reversed([1, 2])), list(reversed({1: 2, 3: 4})), list(reversed(b"ab")))
r = reversed((1, 2, 3))
print(type(r).__name__, r.__length_hint__(), next(r), r.__reduce__()[1:], list(r), r.__reduce__()[1:])
r = reversed((1, 2, 3, 4))
r.__setstate__(1)
print(list(r))
for bad in [1, set(), NoRev(), iter([])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
try:
    reversed()
except TypeError as e:
    print(e)
try:
    reversed(x=1)
except TypeError as e:
    print(e)
