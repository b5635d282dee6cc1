# sys.getallocatedblocks() deltas around common allocations, including ones that import a module
# python3 had already imported at startup (collections): that import allocates nothing there.
import sys, gc
def delta(label, fn):
    gc.collect()
    b = sys.getallocatedblocks()
    keep = fn()
    print(label, sys.getallocatedblocks() - b)
    return keep
k = []
k.append(delta("ints", lambda: [10**6 + i for i in range(500)]))
k.append(delta("strs", lambda: ["s%d" % i for i in range(500)]))
k.append(delta("floats", lambda: [i * 0.5 for i in range(500)]))
k.append(delta("tuples", lambda: [(i, i) for i in range(500)]))
k.append(delta("dicts", lambda: [{"a": i} for i in range(200)]))
k.append(delta("sets", lambda: [{i} for i in range(200)]))
k.append(delta("bytes", lambda: [bytes([i % 256]) * 10 for i in range(200)]))
class P:
    def __init__(self): self.a = 1; self.b = 2
k.append(delta("inst", lambda: [P() for i in range(200)]))
class S:
    __slots__ = ("a",)
k.append(delta("slots", lambda: [S() for i in range(200)]))
k.append(delta("big list", lambda: list(range(100000))))
k.append(delta("closures", lambda: [(lambda: i) for i in range(100)]))
def g():
    yield 1
k.append(delta("gens", lambda: [g() for _ in range(100)]))
k.append(delta("bytearray", lambda: [bytearray(100) for _ in range(100)]))
k.append(delta("big str", lambda: "x" * 100000))
k.append(delta("deque", lambda: __import__("collections").deque(range(1000))))
k.append(delta("frozenset", lambda: [frozenset((i, i + 1)) for i in range(100)]))
k.append(delta("complex", lambda: [complex(i, 1) for i in range(100)]))
k.append(delta("ranges", lambda: [range(i) for i in range(100)]))
k.append(delta("methods", lambda: [P().__init__ for i in range(100)]))
k.append(delta("exceptions", lambda: [ValueError(i) for i in range(100)]))
k.append(delta("nested dict", lambda: {i: {"k": [i]} for i in range(100)}))
del k
print(sys.getallocatedblocks() > 0)
