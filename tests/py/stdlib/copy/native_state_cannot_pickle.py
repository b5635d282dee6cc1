# Objects of C types that keep state beyond object's header, dict, weakref list and slots, and
# have no reduction of their own, cannot be copied or pickled by object's default reduction:
# CPython's object.__getstate__ raises "cannot pickle 'X' object" (X the type's C name).
import collections
import copy
import io
import itertools
import pickle
import re
import threading


def gen():
    yield 1


objs = {
    "dict_keys": {}.keys(),
    "dict_values": {1: 2}.values(),
    "dict_items": {}.items(),
    "pairwise": itertools.pairwise("ab"),
    "lock": threading.Lock(),
    "rlock": threading.RLock(),
    "mappingproxy": type.__dict__["__dict__"].__get__(int),
    "module": re,
    "property": property(),
    "staticmethod": staticmethod(len),
    "classmethod": classmethod(len),
    "memoryview": memoryview(b"ab"),
    "generator": gen(),
    # these have reductions of their own (or are copied by identity)
    "deque_iter": iter(collections.deque([1])),
    "stringio": io.StringIO("x"),
    "pattern": re.compile("a+"),
    "range_iter": iter(range(3)),
}
for name, o in objs.items():
    for how in ("copy", "deepcopy"):
        try:
            c = getattr(copy, how)(o)
            print(how, name, "same" if c is o else type(c).__name__)
        except Exception as e:
            print(how, name, type(e).__name__, e)
    try:
        pickle.dumps(o)
        print("pickle", name, "ok")
    except Exception as e:
        print("pickle", name, type(e).__name__, e)


class Static(staticmethod):
    pass


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, [2]


for o in (Static(len), Plain(), Slotted()):
    try:
        c = copy.deepcopy(o)
        print(type(c).__name__, getattr(c, "b", None))
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
