# tracemalloc's peak while a container is built from an iterable: CPython makes the iterator
# first and keeps it until the result exists (tuple(), bytes(), list(), set()...), so the peak
# is the result plus the iterator; a list or tuple argument needs no iterator for tuple() or
# bytes().
import tracemalloc

tracemalloc.start()
r = range(200)
L = list(range(5))
d = {i: i for i in range(8)}
s = "abcdef"
keep = []


def measure(label, build):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    keep.append(build())
    after, peak = tracemalloc.get_traced_memory()
    print(f"{label:16} grew {after - before:5}  peak above {peak - after}")


measure("tuple(range obj)", lambda: tuple(r))
measure("tuple(range())", lambda: tuple(range(200)))
measure("tuple(list)", lambda: tuple(L))
measure("tuple(dict)", lambda: tuple(d))
measure("tuple(items)", lambda: tuple(d.items()))
measure("tuple(str)", lambda: tuple(s))
measure("tuple(set)", lambda: tuple({1, 2, 3}))
measure("list(range)", lambda: list(r))
measure("set(range)", lambda: set(r))
measure("frozenset(list)", lambda: frozenset(L))
measure("bytes(range)", lambda: bytes(r))
measure("bytes(list)", lambda: bytes(L))
measure("bytes(tuple)", lambda: bytes((1, 2, 3)))
measure("bytes(dict)", lambda: bytes(d))
measure("bytes(genexpr)", lambda: bytes(i for i in L))
tracemalloc.stop()
