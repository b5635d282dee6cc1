# 'import array' after 'import tracemalloc' (the path finders of the script's directory and
# lib-dynload cached by then) takes fewer lists and 2-tuples from their free lists than at a
# script's top; the program's first new blocks after show it.
import tracemalloc
import array  # noqa: E402, F401
import tracemalloc  # noqa: E402

tracemalloc.start()
dicts = [{} for _ in range(100)]
lists = [[] for _ in range(100)]
pairs = [(i, -i) for i in range(100)]
singles = [(i,) for i in range(100)]
triples = [(i, i, i) for i in range(100)]
quads = [(i, i, i, i) for i in range(100)]
snapshot = tracemalloc.take_snapshot()
with open(__file__) as source:
    lines = source.read().splitlines()
for name, size in (("dicts", 64), ("lists", 56), ("pairs", 56), ("singles", 48), ("triples", 64), ("quads", 72)):
    line = next(i for i, text in enumerate(lines, 1) if text.startswith(name + " = "))
    sizes = [t.size for t in snapshot.traces if t.traceback[0].lineno == line]
    print(name, "new blocks", sizes.count(size))
