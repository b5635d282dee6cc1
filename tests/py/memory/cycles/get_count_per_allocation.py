# gc.get_count()[0] counts GC-tracked allocations minus deallocations; objects taken from or
# parked on the tuple/list/dict free lists don't change it (a full collection empties those
# lists, so right after one the first object of each kind is a fresh allocation).
import gc
import sys

gc.disable()


def count(label, make):
    gc.collect()
    before = gc.get_count()[0]
    keep = make()
    after = gc.get_count()[0]
    print(label, after - before)
    return keep


class C:
    pass


class S:
    __slots__ = ("a",)


def attribute_set(o):
    o.x = 1
    return o


def dict_asked(o):
    o.__dict__
    return o


kept = [
    count("list", lambda: []),
    count("dict", lambda: {}),
    count("tuple", lambda: (1, object())),
    count("instance", lambda: C()),
    count("instance with attribute", lambda: attribute_set(C())),
    count("instance with __dict__", lambda: dict_asked(C())),
    count("slots instance", lambda: S()),
    count("set", lambda: {1, 2}),
    count("function", lambda: (lambda: 1)),
    count("closure", lambda: (lambda x: (lambda: x))(1)),
    count("generator", lambda: (x for x in [])),
    count("list of lists", lambda: [[i] for i in range(5)]),
    count("str", lambda: "abc" * 10),
    count("big int", lambda: 10**30),
    count("list iterator", lambda: iter([1])),
    count("enumerate", lambda: enumerate([1])),
    count("map", lambda: map(str, [1])),
    count("dict view", lambda: {}.items()),
    count("exception with args", lambda: ValueError("x")),
    count("exception without args", lambda: ValueError()),
    count("exception with two args", lambda: KeyError(1, 2)),
    count("frozenset", lambda: frozenset([1])),
    count("super", lambda: super(C, C())),
    count("frame", lambda: sys._getframe()),
    count("cell", lambda: (lambda x: (lambda: x))(1).__closure__[0]),
    count("dict from keywords", lambda: dict(a=1, b=[])),
    count("range", lambda: range(5)),
    count("temporary tuple", lambda: len((object(), object()))),
    count("temporary list", lambda: len([object()])),
    count("temporary dict", lambda: len({1: object()})),
    count("two temporary lists", lambda: len([[1], [2]])),
    count("two instances", lambda: (C(), C())),
]


# Classes without vectorcall are called through an argument tuple (_PyObject_MakeTpCall), which
# is a new allocation when the tuple free list of its size is empty (right after a collection),
# and keyword arguments through a dict; builtins with vectorcall (list, dict, float...) are not.
class WithInit:
    def __init__(self, a, b=None):
        self.a = a


kept += [
    count("class with __init__, one argument", lambda: WithInit(1)),
    count("class with __init__, keyword", lambda: WithInit(1, b=2)),
    count("int from str", lambda: int("5")),
    count("str of int", lambda: str(5)),
    count("bytearray", lambda: bytearray(3)),
    count("complex", lambda: complex(1, 2)),
    count("property", lambda: property(len)),
    count("staticmethod", lambda: staticmethod(len)),
    count("zip", lambda: zip([1], [2])),
    count("list of tuple", lambda: list((1,))),
    count("float from str", lambda: float("5")),
    count("exception subclass", lambda: KeyError(1)),
]
