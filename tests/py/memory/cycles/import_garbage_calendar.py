# CPython's datetime.py builds its classes in Python and then replaces them with the C
# accelerator's, so importing calendar leaves the first classes (methods, descriptors, their
# min/max/resolution instances) as cyclic garbage. The exact count depends on the classes'
# layout (python3: 295 for datetime), so this prints its size class and the kinds of objects.
import gc
import collections
import calendar

gc.set_debug(gc.DEBUG_SAVEALL)
found = gc.collect()
print("first collect after import finds the replaced classes:", 250 < found < 350)
kinds = collections.Counter(type(o).__name__ for o in gc.garbage)
print("types:", kinds["type"] >= 6, "timezones:", kinds["timezone"], "dates:", kinds["date"])
gc.set_debug(0)
gc.garbage.clear()
# gc.garbage held them; cleared, they are unreachable cycles again
print("after clearing gc.garbage:", gc.collect() == found)


class Node:
    pass


for _ in range(4):
    a, b = Node(), Node()
    a.other, b.other = b, a
del a, b
print("user cycles:", gc.collect())
print("again:", gc.collect())
