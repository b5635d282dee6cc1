# python3's `import tracemalloc` runs ~1,330 tracked allocations of Python code (pickle, linecache,
# tokenize...) and makes one or two automatic collections: the generation-0 count after it, which
# decides when the program's next automatic collection comes, is python3's (measured near a
# script's top: elsewhere the count after it can differ by a few dozen, see docs/memory-model.md).
import gc

keep = [set() for _ in range(40)]
before = gc.get_count()
import tracemalloc

print(before, gc.get_count(), [s["collections"] for s in gc.get_stats()])


for _ in range(2000):
    cycle = []
    cycle.append(cycle)
del cycle
print(gc.get_count(), gc.collect())
