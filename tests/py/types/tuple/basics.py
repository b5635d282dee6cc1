# tuple construction, indexing, slicing, methods and reprs.
import sys

t = (1, 2, 3, 2, 1)
print(t, t[0], t[-1], t[1:3], t[::-1], t[::2], t[5:], t[:-10])
print(t.count(2), t.index(2), t.index(1, 1), t.index(2, -2))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print((1,), (), ((),), (1, (2, (3,))))
print(t + (4,), t * 2, 2 * (1,), () * 5, (0,) * 0)
print(len(t), 3 in t, 9 in t, t == (1, 2, 3, 2, 1), t < (1, 3), () < (0,))
print([sys.getsizeof(tuple(range(n))) for n in range(6)], sys.getsizeof(()))
a = (1, 2)
print(a[:] is a, tuple(a) is a, a + () is a, a * 1 is a)
print(sorted(x for x in dir(tuple) if not x.startswith("__")))
