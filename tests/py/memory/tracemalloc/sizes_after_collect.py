# tracemalloc's current and peak sizes and block counts for common allocation patterns, each
# measured right after a full collection (the free lists are empty then, so every object is a
# real allocation in python3 too). A list growing by appends reallocates its item vector: the
# peak never counts the old and the new vector together (tracemalloc_realloc), and ints made
# by arithmetic or range are 32-byte blocks (_PyLong_FromMedium).
import gc
import tracemalloc

gc.disable()


def measure(label, make):
    gc.collect()
    tracemalloc.start()
    keep = make()
    current, peak = tracemalloc.get_traced_memory()
    snapshot = tracemalloc.take_snapshot()
    tracemalloc.stop()
    blocks = sum(1 for t in snapshot.traces if t.traceback[0].filename == __file__)
    print(label, current, peak, blocks)
    return keep


class Plain:
    pass


kept = [
    measure("floats", lambda: [float(i) + 0.5 for i in range(300)]),
    measure("small ints", lambda: [i for i in range(200)]),
    measure("medium ints", lambda: [i * 1000 for i in range(1000, 1300)]),
    measure("1-tuples", lambda: [(i,) for i in range(100)]),
    measure("empty dicts", lambda: [{} for i in range(100)]),
    measure("1-key dicts", lambda: [{"a": i} for i in range(100)]),
    measure("empty lists", lambda: [[] for i in range(100)]),
    measure("one float", lambda: float("1.25")),
    measure("one list", lambda: [1, 2, 3]),
    measure("instances", lambda: [Plain() for i in range(100)]),
    measure("set", lambda: set(range(100))),
    measure("temporary floats", lambda: sum(float(i) for i in range(100))),
    measure("growing list", lambda: [x for x in range(1000)]),
]
