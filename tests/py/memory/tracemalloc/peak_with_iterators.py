# tracemalloc's peak while a container is built from an iterable: CPython makes the iterator
# first and keeps it until the result exists (tuple(), bytes(), list(), set()...), so the peak
# is the result plus the iterator; a list or tuple argument needs no iterator for tuple() or
# bytes(). zip makes its result tuple before asking the iterators for items, so the call that
# finds them exhausted leaves one tuple more (in the tuple free list, still traced); bytes.join
# keeps an 80-byte Py_buffer per item in a heap block when there are more than 10 items, until
# the result is made.
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

names = ["ann", "bob", "cy", "dee", "eve"]
ages = list(range(30, 35))
measure("list(zip) 3 cols", lambda: list(zip(names, ages, names)))
measure("dict(zip)", lambda: dict(zip(names, ages)))
measure("zip strict", lambda: list(zip(names, ages, strict=True)))
measure("join 5 parts", lambda: b",".join([b"ab"] * 5))
measure("join 10 parts", lambda: b",".join([b"ab"] * 10))
measure("join 11 parts", lambda: b",".join([b"ab"] * 11))
measure("join 40 parts", lambda: b"".join([b"xyz"] * 40))
measure("bytearray join 20", lambda: bytearray(b"-").join([b"q"] * 20))
try:
    b",".join([b"a"] * 12 + ["s"])
except TypeError as exc:
    print(exc)
tracemalloc.stop()
