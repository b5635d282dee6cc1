# The blocks instances of builtin-type subclasses take, as tracemalloc sees them: variable-size
# ones (tuple, bytes, int) get one sentinel item more, rounded to 8; list/set/frozenset/deque
# subclasses carry 3.11's managed-dict pre-header. And sum() frees its iterator before it makes
# the result of its int or float fast path, so the iterator's block is not in the peak.
import tracemalloc
from collections import deque, namedtuple

Pair = namedtuple("Pair", "x y")


class Row(tuple):
    pass


class SlottedRow(tuple):
    __slots__ = ()


class Blob(bytes):
    pass


class SlottedBlob(bytes):
    __slots__ = ()


class Big(int):
    pass


class Frozen(frozenset):
    pass


class Stack(list):
    pass


class Bag(set):
    pass


class Queue(deque):
    pass


class Buffer(bytearray):
    pass


def measure(label, make):
    make()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    print(f"{label:14} kept {current - before:5}  peak {peak - before:5}")
    return result


xs = list(range(1000, 1100))
floats = [0.5] * 50
tracemalloc.start()
measure("namedtuple", lambda: Pair(1, 2))
measure("_make", lambda: Pair._make((1, 2)))
for n in (0, 1, 3, 7):
    measure(f"Row({n})", lambda: Row(range(n)))
measure("SlottedRow", lambda: SlottedRow((1, 2, 3)))
for n in (0, 6, 7, 8, 15):
    measure(f"Blob({n})", lambda: Blob(b"x" * n))
measure("SlottedBlob", lambda: SlottedBlob(b"abcdefgh"))
measure("Big", lambda: Big(2**100))
measure("Frozen", lambda: Frozen((1, 2)))
measure("Stack()", lambda: Stack())
measure("Stack(2)", lambda: Stack((1, 2)))
measure("Bag", lambda: Bag())
measure("Queue", lambda: Queue())
measure("Buffer", lambda: Buffer(b"xyz"))
measure("sum ints", lambda: sum(xs))
measure("sum floats", lambda: sum(floats))
measure("sum genexpr", lambda: sum(x for x in xs))
tracemalloc.stop()
