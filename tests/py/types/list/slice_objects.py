# slice objects: repr, attributes, comparison, indices(), unhashability, use with __getitem__.
s = slice(1, 10, 2)
print(s, repr(slice(5)), slice(None), slice(1, None), s.start, s.stop, s.step, slice("a", [1]))
print(s == slice(1, 10, 2), s == slice(1, 10), slice(1, 2) < slice(1, 3), slice(0) <= slice(0), s != 5)
print(s.indices(5), slice(None, None, -2).indices(10), slice(-5, -1).indices(3), slice(2, 100).indices(10**20))
try:
    hash(s)
except TypeError as e:
    print(e)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(x=1), lambda: s.indices(-1),
            lambda: s.indices("a"), lambda: [1, 2, 3][::0], lambda: [1, 2, 3]["a":]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class G:
    def __getitem__(self, k):
        return k


g = G()
print(g[1:2], g[::3], g[1:2, 3], g[...], s.__reduce__())


class I:
    def __index__(self):
        return 2


print([0, 1, 2, 3, 4][I():], (0, 1, 2, 3)[:I()], "abcdef"[I()::I()], range(10)[I():I() * 3])
