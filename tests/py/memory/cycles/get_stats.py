# gc.get_stats(): per-generation collections/collected/uncollectable counters.
import gc


class Node:
    __slots__ = ("peer",)


stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = [dict(s) for s in gc.get_stats()]
a = Node()
a.peer = a
del a
gc.collect(0)
gc.collect(2)
after = gc.get_stats()
for gen in range(3):
    print(gen, {k: after[gen][k] - before[gen][k] for k in ("collections", "collected", "uncollectable")})
