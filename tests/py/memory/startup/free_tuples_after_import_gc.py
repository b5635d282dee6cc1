# Importing gc runs importlib's Python code, which holds two 3-tuples at once and gives them back:
# whatever the compile of this script left, the 3-tuple free list has two after it, and the
# pair free list is as the compile left it. A program's first pairs and triples reuse them.
import gc

get = gc.get_count
keep = []
keep.append(None)
get()
results = []
for kind in range(3):
    base = get()[0]
    for i in range(50):
        if kind == 0:
            keep.append((i, i))
        elif kind == 1:
            keep.append((i, i, i))
        else:
            keep.append((i,))
        now = get()[0]
        if now != base:
            results.append((kind, i, now - base))
            break
print(results)
