# A leak hunter's tools: counting instances in gc.get_objects(), referrers and referents, and the
# is_tracked rules of every common type.
import gc, sys
class Leaky:
    registry = []
    def __init__(self, name):
        self.name = name
        Leaky.registry.append(self)
def count(tp):
    return sum(1 for o in gc.get_objects() if type(o) is tp)
before = count(Leaky)
for i in range(5): Leaky(i)
print(count(Leaky) - before)
obj = Leaky.registry[2]
refs = gc.get_referrers(obj)
print(len(refs), [type(r).__name__ for r in refs])
print([type(r).__name__ for r in gc.get_referents(obj)])
print(gc.get_referents(obj.__dict__) if hasattr(obj, "__dict__") else None)
print(sorted(type(r).__name__ for r in gc.get_referents(Leaky)))
def f(a, b=[1]):
    c = a
    return sys._getframe()
fr = f(obj)
print(sorted(type(r).__name__ for r in gc.get_referents(fr)))
print(len(gc.get_referrers(fr)))
print(gc.get_referents(1, "a", 3.0))
print(gc.get_referents([1, 2], (3, 4), {5: 6}))
print(len(gc.get_objects(generation=1)) >= 0)
gc.collect()
print(len(gc.get_objects(generation=0)), len(gc.get_objects(generation=1)))
a = []; b = {}; c = (a,); d = (1, 2)
print(len(gc.get_objects(generation=0)))
print(gc.is_tracked(d), gc.is_tracked(c), gc.is_tracked(b), gc.is_tracked(a))
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(c))
b['x'] = a
print(gc.is_tracked(b))
e = {"a": 1}
print(gc.is_tracked(e)); e["l"] = []
print(gc.is_tracked(e)); del e["l"]; print(gc.is_tracked(e)); gc.collect(); print(gc.is_tracked(e))
import collections
print(gc.is_tracked(collections.OrderedDict()), gc.is_tracked(collections.deque()), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(bytearray()), gc.is_tracked(3.0), gc.is_tracked(range(3)), gc.is_tracked(slice(1)))
print(gc.is_tracked(lambda: 1), gc.is_tracked(object()), gc.is_tracked(Leaky), gc.is_tracked(int), gc.is_tracked(iter([])), gc.is_tracked(memoryview(b"x")))
print(gc.is_tracked(sys._getframe()), gc.is_tracked(property()), gc.is_tracked(None))
t = tuple([[]]) ; t2 = tuple([1,2]); print(gc.is_tracked(t), gc.is_tracked(t2))
class Sl: __slots__ = ()
class Sl2: __slots__ = ('a',)
print(gc.is_tracked(Sl()), gc.is_tracked(Sl2()))
class IntSub(int): pass
class StrSub(str): pass
print(gc.is_tracked(IntSub(3)), gc.is_tracked(StrSub("x")))
print(gc.is_finalized(obj))
print(type(gc.garbage), gc.garbage)
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_debug())
print(gc.get_freeze_count())
