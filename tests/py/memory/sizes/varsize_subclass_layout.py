# Subclasses of variable-size built-ins (tuple, int, bytes) get a __dict__ but no __weakref__
# slot: their size, their class dict and weakref.ref() on an instance show it.
import gc
import sys
import weakref

for base in (tuple, int, bytes, str, list, dict, object, float, frozenset):
    class Sub(base):
        pass

    x = Sub()
    try:
        weakref.ref(x)
        can_weakref = True
    except TypeError as e:
        can_weakref = str(e)
    print(base.__name__, sorted(k for k in vars(Sub) if k.startswith("__w") or k == "__dict__"),
          Sub.__weakrefoffset__, Sub.__dictoffset__, Sub.__basicsize__, sys.getsizeof(x), can_weakref)

    class Deeper(Sub):
        __slots__ = ()

    print("  deeper:", Deeper.__basicsize__, sys.getsizeof(Deeper()), "__weakref__" in vars(Deeper))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))


p = Point(1, 2)
p.label = "origin"
print(sys.getsizeof(p), vars(p), gc.is_tracked(p))


class Named(tuple):
    __slots__ = ()


print(Named.__basicsize__, sys.getsizeof(Named((1, 2, 3))), hasattr(Named((1,)), "__dict__"))
try:
    class Bad(tuple):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

# a class dropped with its garbage: a tuple subclass leaves no __weakref__ descriptor behind
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)


class Pair(tuple):
    pass


del Pair
print(gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
