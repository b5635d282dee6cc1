# repr() of containers and ints: the result is the only block left, the peak also counts the
# writer's buffer as it grows, the repr'd items' strs, the scratch int of int -> str and the items
# of the list Py_ReprEnter keeps.
import tracemalloc

tracemalloc.start()
g = tracemalloc.get_traced_memory
r = tracemalloc.reset_peak
res = []
samples = [(0, 0), (1,), (1, 2, 3), (1000, 2000), [1, 2], (), {1: 2}, {1}, ("a", "b"), tuple(range(10)),
           list(range(10)), list(range(100)), [(1, 2), (3, 4)], 0, 5, 123, 1000, 2**40, 10**30, 1.5, "ab",
           {"a": [1, 2], "b": (3,)}, [[[]]], ["\u00e9", "\u20ac"], {}, set(), frozenset({"x"}), [None, True]]
for v in samples:
    r()
    a = g()
    x = repr(v)
    b = g()
    del x
    res.append((b[0] - a[0], b[1] - a[0]))
print(res)
