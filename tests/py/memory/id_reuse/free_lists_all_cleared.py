# A full collection empties every free list CPython 3.11's clear_freelists empties (tuples,
# floats, lists, dicts, small dict keys objects), giving the blocks back to their pools where
# objects of other types of the same size class reuse them; younger collections don't.
import gc

gc.disable()
gc.collect()


def check(label, make_parked, make_other):
    gc.collect()  # empty free lists: x gets a fresh block from its size class's current pool
    x = make_parked()
    a = id(x)
    del x
    y = make_other()
    reused_before = id(y) == a
    del y
    gc.collect(1)
    y = make_other()
    reused_after_young = id(y) == a
    del y
    gc.collect()
    y = make_other()
    print(label, reused_before, reused_after_young, id(y) == a)
    del y


class Slots2:
    __slots__ = ("a", "b")


class Slots3:
    __slots__ = ("a", "b", "c")


check("float -> complex", lambda: float("2.5"), lambda: complex(3, 4))
check("list -> slots", lambda: list(), lambda: Slots3())
check("dict -> slots", lambda: dict(), lambda: Slots3())
check("tuple1 -> slots", lambda: tuple([object()]), lambda: Slots2())
