# A singledispatch function's register() closure is a cycle (register refers to itself through
# its cell) holding the registry, the dispatch cache (a WeakKeyDictionary) and the type-check
# closures: once the dispatcher is dropped, the collector finds them all. The weak containers'
# callbacks are functions defined in __init__, as their reprs show.
import functools
import gc
import weakref
from _weakrefset import WeakSet


def show_garbage(label):
    gc.set_debug(gc.DEBUG_SAVEALL)
    found = gc.collect()
    kinds = {}
    for o in gc.garbage:
        kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1
    names = sorted(o.__qualname__ for o in gc.garbage if type(o).__name__ == "function")
    gc.set_debug(0)
    gc.garbage.clear()
    gc.collect()  # the same cycles again, now freed
    print(label, found, sorted(kinds.items()))
    print("   ", names)


gc.collect()


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list"


print(describe(1), describe([]), describe("s"), sorted(c.__name__ for c in describe.registry))
del describe, _
show_garbage("dispatcher:")

for make in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary, WeakSet):
    container = make()
    print(make.__name__, container._remove.__qualname__, len(container._remove.__defaults__))
    holder = [container]
    holder.append(holder)
    del container, holder
    show_garbage(make.__name__ + ":")
