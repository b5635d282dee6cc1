# Importing an extension module (array: the path finder's search of sys.path, then
# MutableSequence.register) takes dicts, lists and small tuples from their free lists and gives
# some back, and 'import tracemalloc' after it (its path finders cached by then) takes one list
# fewer than at a script's top: the program's first new blocks after show both.
import array  # noqa: F401
import tracemalloc

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
