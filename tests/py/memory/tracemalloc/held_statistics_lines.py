# Keeping statistics around between snapshots: the Statistic, StatisticDiff and
# Traceback objects are allocations of tracemalloc.py a later snapshot sees, and
# cumulative statistics count a recursive function's line once per frame. filter_traces'
# isinstance(filters, Iterable) reads list.__mro__, a tuple CPython made at startup.
import os
import tracemalloc


def build(depth):
    if depth == 0:
        return [bytes(200) for _ in range(3)]
    return build(depth - 1) + [str(depth) * 50]


tracemalloc.start(10)
first = tracemalloc.take_snapshot()
data = build(4)
second = tracemalloc.take_snapshot()
by_line = second.statistics("lineno")
growth = second.compare_to(first, "lineno")
by_file = second.statistics("filename")
kept = second.filter_traces([])
frame = by_line[0].traceback[0]
third = tracemalloc.take_snapshot()
tracemalloc.stop()


def where(stat):
    fr = stat.traceback[0]
    return f"{os.path.basename(fr.filename)}:{fr.lineno}"


for stat in third.compare_to(second, "lineno"):
    print(where(stat), stat.size_diff, stat.count_diff)
print("cumulative")
for stat in second.statistics("lineno", cumulative=True):
    if stat.traceback[0].filename == __file__:
        print(where(stat), stat.size, stat.count)
for stat in second.statistics("traceback")[:2]:
    print(len(stat.traceback), stat.size, stat.count)
    for line in stat.traceback.format(limit=3):
        # (tracemalloc's own frames name heapstack's copy of the module: its directory differs)
        print(line.replace(os.path.dirname(tracemalloc.__file__) + os.sep, ""))
print(len(kept.traces) == len(second.traces), frame.lineno)
