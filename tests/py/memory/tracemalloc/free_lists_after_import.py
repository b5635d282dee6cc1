# CPython's `import tracemalloc` (which loads pickle, linecache, tokenize) leaves the free lists of
# lists, dicts, small str-keyed dict keys and tuples in a state the program's first objects show:
# a list, dict or tuple taken from a free list is no traced block.
import tracemalloc

tracemalloc.start()


def blocks(lineno):
    snap = tracemalloc.take_snapshot()
    for stat in snap.statistics("lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and frame.lineno == lineno:
            return stat.count, stat.size
    return 0, 0


dicts = [{"a": i} for i in range(100)]
print("dicts", blocks(19))
lists = [[i] for i in range(100)]
print("lists", blocks(21))
pairs = [(i, str(i)) for i in range(40)]
print("pairs", blocks(23))
rows = [{"id": i, "name": f"user{i}"} for i in range(300)]
print("rows", blocks(25))
nested = [[i] * 5 for i in range(60)]
print("nested", blocks(27))
