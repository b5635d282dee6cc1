# A slot wrapper bound to an object (a method-wrapper: o.__init__ for a class without its own
# __init__, (1).__add__) is a GC object holding its object, as in CPython.
import gc
import sys

gc.disable()


class Plain:
    pass


o = Plain()
w = o.__init__
print(type(w).__name__, gc.is_tracked(w), sys.getrefcount(o))
print(o in gc.get_referents(w))
print(w in gc.get_referrers(o))
gc.collect()
before = gc.get_count()[0]
w2 = o.__eq__
with_wrapper = gc.get_count()[0] - before
del w2
after_del = gc.get_count()[0] - before
print(with_wrapper, after_del)
del w
print(sys.getrefcount(o))
print(gc.is_tracked((1).__add__), gc.is_tracked("x".__len__))


class Cycle:
    pass


c = Cycle()
c.keep = c.__repr__  # the instance holds a method-wrapper that holds the instance
del c
print(gc.collect())
