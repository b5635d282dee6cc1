# `import tracemalloc` (pickle, linecache, tokenize...) takes about 65 dicts from the dict free
# list at its deepest point and gives 4 back: a free list of n dicts before ends at
# max(n - 65, 0) + 4, so the program's first new dicts after are new blocks or reused ones as in
# python3 whatever the free list held before the import.
import sys


def dict_blocks(snapshot, lineno):
    sizes = [t.size for t in snapshot.traces if t.traceback[0].lineno == lineno]
    return sizes.count(64)


warm = [{} for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 72)]
del warm
import tracemalloc  # noqa: E402

tracemalloc.start()
dicts = [{} for _ in range(30)]
print("new dict blocks", dict_blocks(tracemalloc.take_snapshot(), 18))
