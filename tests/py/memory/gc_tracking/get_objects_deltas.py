# gc.get_objects() lists what the collector tracks. Its length at a script's first line is not
# python3's (about 11,200 there: the objects of the ~100 modules python3's start imported, which
# heapstack loads when a program imports one), but the change across the program's own code is:
# what a program creating, deleting and collecting objects sees, compared with len() before and
# after, is python3's. (See docs/memory-model.md.)
import gc


def count(gen=None):
    return len(gc.get_objects()) if gen is None else len(gc.get_objects(gen))


base = count()
nested = [[i] for i in range(10)]
print("ten lists in a list", count() - base)
base = count()
mapping = {"a": [], "b": {}}
print("dict with a list and a dict", count() - base)
base = count()


class Point:
    def __init__(self, x):
        self.x = x


print("class", count() - base)
base = count()
points = [Point(i) for i in range(5)]
print("five instances and a list", count() - base)
base = count()


def f():
    return 1


print("function", count() - base)
base = count()
atoms = (1, 2, "x")
print("tuple of atoms", count() - base)
base = count()
del nested, points
print("after del", count() - base)
gc.collect()
print("young after collect", count(0), count(1))
x = [[] for _ in range(3)]
print("young", any(o is x for o in gc.get_objects(0)))
gc.collect()
print("oldest after collect", any(o is x for o in gc.get_objects(2)), any(o is x[0] for o in gc.get_objects(2)))
print("tracked", gc.is_tracked(x), gc.is_tracked(atoms), gc.is_tracked(mapping))
