# The objects a class call makes for its arguments, as gc.get_count() sees them right after a
# full collection (which empties the free lists, so each new tuple or dict counts):
# - C(*t, **d) hands its own tuple and dict to type.__call__ (PyObject_Call): no argument tuple
#   or keyword dict of _PyObject_MakeTpCall's is made (heapstack made both);
# - dict(**d), a type CPython calls through tp_vectorcall, gets the keywords unpacked (a tuple
#   of their names); OrderedDict(**d)'s native __init__ gets that very dict (not a copy);
# - object.__new__(cls) is METH_VARARGS: its call makes the argument tuple heapstack skipped.
import collections
import gc
import sys


class Point:
    def __init__(self, x=0, y=0, *, label=None):
        self.x = x


class Singleton:
    def __new__(cls, *args, **kwargs):
        return object.__new__(cls)


class Plain:
    pass


coords = (1, 2)
options = {"label": "p"}
value = object()


def made(label, call):
    call()
    call()
    gc.collect()
    before = gc.get_count()[0]
    result = call()  # noqa: F841
    print(label, gc.get_count()[0] - before)


made("Point(1)", lambda: Point(1))
made("Point(*coords)", lambda: Point(*coords))
made("Point(**options)", lambda: Point(**options))
made("Point(1, **options)", lambda: Point(1, **options))
made("Point(*coords, **options)", lambda: Point(*coords, **options))
made("Point(label='p')", lambda: Point(label="p"))
made("dict(**options)", lambda: dict(**options))
made("OrderedDict(**options)", lambda: collections.OrderedDict(**options))
made("Singleton()", lambda: Singleton())
made("Singleton(1)", lambda: Singleton(1))
made("Singleton(label='p')", lambda: Singleton(label="p"))
made("Singleton(**options)", lambda: Singleton(**options))
made("object.__new__(Plain)", lambda: object.__new__(Plain))
made("Singleton.__new__(Singleton, 1)", lambda: Singleton.__new__(Singleton, 1))


class Counting:
    def __new__(cls, arg, **kwargs):
        print("  in __new__:", sys.getrefcount(arg) - base)
        return object.__new__(cls)

    def __init__(self, arg, **kwargs):
        print("  in __init__:", sys.getrefcount(arg) - base)


base = sys.getrefcount(value)
print("Counting(value)")
Counting(value)
print("Counting(*[value])")
Counting(*[value])
print("Counting(value, **options)")
Counting(value, **options)
print("after:", sys.getrefcount(value) - base)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object.__new__()
except TypeError as e:
    print(e)
