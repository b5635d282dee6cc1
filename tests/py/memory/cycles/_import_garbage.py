# What the import_garbage_*.py programs print once they have imported their module: the first
# collection's find (the garbage CPython's import of it leaves), then, with gc.garbage cleared,
# the same objects found again, and user cycles counted alone.
import collections
import gc


def first_collect():
    """The first collection after the import, its objects kept in gc.garbage to be described."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    found = gc.collect()
    return found, collections.Counter(type(o).__name__ for o in gc.garbage)


def collect_again(found, user_cycles):
    gc.set_debug(0)
    gc.garbage.clear()
    # gc.garbage held them; cleared, they are unreachable cycles again
    print("after clearing gc.garbage:", gc.collect() == found)

    class Node:
        pass

    for _ in range(user_cycles):
        a, b = Node(), Node()
        a.other, b.other = b, a
    del a, b
    print("user cycles:", gc.collect())
    print("again:", gc.collect())


def report_exact():
    """For modules whose garbage heapstack reproduces exactly: the count and the kinds."""
    found, kinds = first_collect()
    print("first collect after import:", found)
    print(sorted(kinds.items()))
    collect_again(found, 3)


def report_datetime_classes(list_kinds=False):
    """datetime's replaced classes: the count depends on their layout, so only its size class."""
    found, kinds = first_collect()
    print("first collect after import finds the replaced classes:", 250 < found < 350)
    if list_kinds:
        print(sorted(kinds))
    print("types:", kinds["type"] >= 6, "timezones:", kinds["timezone"], "dates:", kinds["date"])
    collect_again(found, 4)
