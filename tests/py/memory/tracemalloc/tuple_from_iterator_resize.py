# tuple() of an iterable without a length (a generator, map, a class with a wrong
# __length_hint__) makes the tuple first, with room for the hint (10 without one), grows it by
# _PyTuple_Resize (ten more, then a quarter more: 25, 43, 66...) and cuts it back at the end.
# Each resize is a realloc of its block: tracemalloc's peak holds the largest, and the first
# block comes from the free list of tuples of the hint's size.
import gc
import tracemalloc


class Hinted:
    def __init__(self, n, hint):
        self.n = n
        self.hint = hint

    def __iter__(self):
        return iter(range(1000, 1000 + self.n))

    def __length_hint__(self):
        return self.hint


def failing(n):
    for i in range(n):
        yield i * 1000
    raise ValueError(n)


def measure(label, make):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(label, len(result), current - before, peak - before)


for n in (0, 3, 10, 11, 25, 26, 44, 60):
    measure("genexpr %d" % n, lambda: tuple(i * 1000 for i in range(n)))
measure("map 12", lambda: tuple(map(str, range(12))))
measure("range 15", lambda: tuple(range(15)))
measure("hint 3, 8 items", lambda: tuple(Hinted(8, 3)))
measure("hint 0, 5 items", lambda: tuple(Hinted(5, 0)))
measure("hint 30, 2 items", lambda: tuple(Hinted(2, 30)))

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
try:
    tuple(failing(14))
except ValueError as e:
    print("failed after", e)
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print("left", current - before, "peak", peak - before)

# the tuple is a tracked allocation made before the items
gc.collect()
gc.disable()
c0 = gc.get_count()[0]
t = tuple(i * 1000 for i in range(30))
print("counted", gc.get_count()[0] - c0, gc.is_tracked(t))
gc.enable()
