# The interpreter starts the script with dead lists, dicts and tuples parked on its free lists:
# a program's first ones reuse them and are not new allocations for gc.get_count().
import gc

get = gc.get_count
keep = []
keep.append(None)
get()
results = []
for kind in range(4):
    base = get()[0]
    for i in range(200):
        if kind == 0:
            keep.append([])
        elif kind == 1:
            keep.append({})
        elif kind == 2:
            keep.append((i, i, i, i))
        else:
            keep.append((i, i, i, i, i, i, i))
        now = get()[0]
        if now != base:
            results.append((kind, i, now - base))
            break
print(results)
print(gc.get_count()[1:])
