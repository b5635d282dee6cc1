# CPython 3.11 parks dead tuples of 20 items on a free list it never takes them back from: their
# death does not lower the collector's count (a 19- or 21-item tuple's does, or is reused).
import gc

gc.collect()
base = gc.get_count()[0]
for n in (19, 20, 21):
    before = gc.get_count()[0]
    t = tuple(range(n))
    del t
    u = tuple(range(n))
    del u
    print(n, gc.get_count()[0] - before)
