# gc.get_count(): generation 0 counts container allocations minus deallocations.
import gc


class Node:
    __slots__ = ("x",)


def delta(f):
    before = gc.get_count()[0]
    f()
    return gc.get_count()[0] - before


gc.collect()
print("after collect:", gc.get_count())
keep = []
print("ten instances:", delta(lambda: keep.extend(Node() for _ in range(10))) >= 10)
c0 = gc.get_count()[0]
keep.clear()
print("freeing brings the count down:", gc.get_count()[0] < c0)
gc.collect(0)
print("after gen-0 collection:", gc.get_count()[0], gc.get_count()[1] >= 1)
gc.collect(1)
print("after gen-1 collection:", gc.get_count()[:2])
gc.collect()
print("after full collection:", gc.get_count())
