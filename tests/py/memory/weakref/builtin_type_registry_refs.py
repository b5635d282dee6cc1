# Every builtin type but object is weakly referenced from its base's registry of subclasses
# (CPython's add_subclass at startup), so weakref.ref(int) hands back that plain reference, and
# an isinstance() check against an ABC, whose caches look the class up through a weak
# reference, makes no new one: tracemalloc's peak shows only the bound __instancecheck__.
import tracemalloc
import weakref
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable, Mapping, Sequence

for t in (object, int, bool, str, bytes, list, tuple, dict, set, frozenset, float, type, deque, OrderedDict):
    refs = weakref.getweakrefs(t)
    plain = [r for r in refs if r.__callback__ is None]
    print(f"{t.__name__:12} refs {len(refs)}  plain {len(plain)}")

r = weakref.ref(int)
print(r is weakref.getweakrefs(int)[0], r() is int, weakref.getweakrefcount(int))
del r
print(weakref.getweakrefcount(int))


def measure(label, make, kept=True):
    make()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    result = make()
    current, peak = tracemalloc.get_traced_memory()
    # what a check keeps can include an unrelated block python3 happens to free then
    shown = f"kept {current - before:5}  " if kept else ""
    print(f"{label:22} {shown}peak {peak - before:5}")
    return result


tracemalloc.start()
measure("str vs Mapping", lambda: isinstance("abc", Mapping), kept=False)
measure("list vs Sequence", lambda: isinstance([1], Sequence), kept=False)
measure("int vs Iterable", lambda: isinstance(5, Iterable), kept=False)
measure("Counter(text)", lambda: Counter("abracadabra"))
measure("Counter().update", lambda: Counter().update("mississippi"))
tracemalloc.stop()
