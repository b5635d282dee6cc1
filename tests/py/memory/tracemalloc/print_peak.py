# print() looks its file's `write` up for every write (a bound builtin method, a 72-byte block),
# builds the str of a non-str argument (ints convert through a scratch int; containers through
# an overallocated writer buffer and the Py_ReprEnter list), and an unbuffered stream encodes each
# write to a bytes object: all transient, so only tracemalloc's peak shows them.
import sys
import tracemalloc

tracemalloc.start()
g = tracemalloc.get_traced_memory
r = tracemalloc.reset_peak
res = []
vals = ["abc", 123, (0, 0), "x" * 100, "\u00e9", [1, 2], 1.5, None, "a\nb", {"k": 1}, {1, 2}, 5, "y" * 300,
        (1,), ("a", "b"), tuple(range(12)), [(1, 2), (3, 4)], {"\u20ac": "\U0001f600"}, frozenset({3})]
for v in vals:
    r()
    a = g()
    print(v)
    b = g()
    res.append((b[0] - a[0], b[1] - a[0]))
for args in [("a", "b"), ("a", 1, 2.5), (), ("abc", "de", "f")]:
    r()
    a = g()
    print(*args)
    b = g()
    res.append((b[0] - a[0], b[1] - a[0]))
r()
a = g()
print("a", end="")
b = g()
res.append((b[0] - a[0], b[1] - a[0]))
r()
a = g()
print("a", 1, sep="--")
b = g()
res.append((b[0] - a[0], b[1] - a[0]))
r()
a = g()
sys.stdout.write("zz\n")
b = g()
res.append((b[0] - a[0], b[1] - a[0]))
for x in res:
    print(x)
big = [0] * 100000
print(g())
del big
print(g())
