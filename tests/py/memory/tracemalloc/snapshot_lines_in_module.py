# The classic "what grew between two snapshots" lesson: a later snapshot sees
# the earlier ones (and their traces objects) as allocations made inside
# tracemalloc.py, shown by file name, line number and source line.
import linecache
import os
import tracemalloc


class Record:
    def __init__(self, n):
        self.n = n
        self.label = f"record-{n:04d}"


tracemalloc.start()
before = tracemalloc.take_snapshot()
cache = {n: str(n) * 4 for n in range(200)}
records = [Record(n) for n in range(40)]
after = tracemalloc.take_snapshot()
blobs = [bytes(300) for _ in range(10)]
third = tracemalloc.take_snapshot()
tracemalloc.stop()


def show(title, stats, limit=8):
    print(title)
    for index, stat in enumerate(stats[:limit], 1):
        frame = stat.traceback[0]
        name = os.path.basename(frame.filename)
        print(f"#{index}: {name}:{frame.lineno}: {stat.size / 1024:.1f} KiB, {stat.count} blocks")
        line = linecache.getline(frame.filename, frame.lineno).strip()
        if line:
            print("    " + line)


show("top lines", after.statistics("lineno"))
show("grew", after.compare_to(before, "lineno"))
for stat in after.compare_to(before, "filename"):
    print(os.path.basename(stat.traceback[0].filename), stat.size_diff, stat.count_diff)
show("third", third.compare_to(after, "lineno"))
show("third, tracebacks", third.statistics("traceback"), 3)
