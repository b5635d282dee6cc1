# CPython's signal leaves cyclic garbage at import (classes replaced or rebuilt after they were
# made); the first collection after the import finds it, then user cycles are counted alone.
import gc
import collections
import signal

gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
print("first collect after import:", found)
print(sorted(collections.Counter(type(o).__name__ for o in gc.garbage).items()))
gc.set_debug(0)
gc.garbage.clear()
# gc.garbage held them; cleared, they are unreachable cycles again
print("after clearing gc.garbage:", gc.collect() == found)


class Node:
    pass


for _ in range(3):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
print("user cycles:", gc.collect())
print("again:", gc.collect())
