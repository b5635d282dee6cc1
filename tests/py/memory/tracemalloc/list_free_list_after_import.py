# `import tracemalloc` takes about 17 lists from the list free list at its deepest point and
# gives 11 back: a free list of n lists before ends at max(n - 17, 0) + 11. A program that holds
# its lists before the import (the free list empty) still finds 11 there after it, so its first
# ten lists are no new blocks.
held = [[] for _ in range(100)]
import tracemalloc  # noqa: E402

tracemalloc.start()
lists = [[i] for i in range(10)]
snapshot = tracemalloc.take_snapshot()
sizes = [t.size for t in snapshot.traces if t.traceback[0].lineno == 8]
print("new list objects", sizes.count(56), "item arrays", sizes.count(8))
