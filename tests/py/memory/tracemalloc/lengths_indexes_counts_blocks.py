# "Where do the bytes go?" -- the ints CPython hands back for lengths, indexes, counts, sizes
# and parsed text are blocks sized by their digits (PyLong_FromSsize_t, PyLong_FromString,
# int.from_bytes: 28 bytes for one 30-bit digit), unlike arithmetic results (32): tracemalloc
# shows the difference when a program keeps many of them.
import gc
import itertools
import operator
import sys
import tracemalloc

text = "spam and eggs " * 100
words = text.split()
numbers = list(range(1000, 3000))
blob = bytes(range(256)) * 8
stack = tuple(numbers)

tracemalloc.start()


def kept(label, make):
    before = tracemalloc.get_traced_memory()[0]
    values = make()
    after = tracemalloc.get_traced_memory()[0]
    print(f"{label:<28} {after - before:>7} bytes for {len(values)} values, last {values[-1]}")


kept("len() of growing strs", lambda: [len(text[:i]) for i in range(300, 700)])
kept("enumerate counters", lambda: [i for i, _ in enumerate(words, 500)])
kept("list.index", lambda: [numbers.index(n) for n in numbers[300:600]])
kept("tuple.index / count", lambda: [stack.index(n) + stack.count(n) for n in stack[400:500]])
kept("str.find / rfind / count", lambda: [text.find("eggs", i) for i in range(300, 500)])
kept("bytes.find / count", lambda: [blob.find(b"\x10", i) for i in range(300, 400)])
kept("sys.getsizeof", lambda: [sys.getsizeof("x" * i) for i in range(300, 400)])
kept("sys.getrefcount", lambda: [sys.getrefcount(None) - sys.getrefcount(None) + 1000 + i for i in range(3)])
kept("hash() of small ints", lambda: [hash(n) for n in numbers[:200]])
kept("itertools.count", lambda: list(itertools.islice(itertools.count(700), 200)))
kept("operator.indexOf", lambda: [operator.indexOf(numbers, n) for n in numbers[500:600]])
kept("int.bit_length", lambda: [(1 << k).bit_length() for k in range(300, 400)])
kept("int(str)", lambda: [int(str(n)) for n in numbers[:300]])
kept("int(str) of big text", lambda: [int("1" * k) for k in range(5, 16)])
kept("int.from_bytes", lambda: [int.from_bytes(blob[i:i + 3], "big") for i in range(0, 600, 3)])
kept("arithmetic (for contrast)", lambda: [n + 1 for n in numbers[:300]])
gc.collect()
print(tracemalloc.get_traced_memory()[0] > 0)
