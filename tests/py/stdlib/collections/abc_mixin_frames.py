# The mixin methods of collections.abc (MutableMapping.pop, Sequence.index, MutableSet.remove...)
# and abc.ABCMeta (register, __new__, __instancecheck__) are Python in CPython's frozen
# _collections_abc and abc modules: a failure through them shows "<frozen _collections_abc>",
# line 912, in pop. Same lines, and same frames (no helper or generator frames of our own).
import traceback
from collections.abc import MutableMapping, Sequence, MutableSequence, MutableSet, Mapping
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class S(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
class St(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
d = D(); s = S(); st = St()
attempts = [lambda: d.pop("x"), lambda: d.popitem(), lambda: d.update(5), lambda: d.update([1]), lambda: d.setdefault([], 1),
    lambda: d.get([]), lambda: [] in d, lambda: d == 5, lambda: d.keys() | 5, lambda: s.index(5), lambda: s.remove(5), lambda: s.pop(),
    lambda: s.extend(5), lambda: s.count([]), lambda: s.reverse(), lambda: st.remove(5), lambda: st.pop(), lambda: st | 5,
    lambda: st.isdisjoint(5), lambda: st <= 5, lambda: st ^ 5, lambda: s.__iadd__(5), lambda: Mapping.register(5)]


class Badly(Sequence):
    def __getitem__(self, i):
        if i == 2:
            raise TypeError("item 2 is broken")
        return i
    def __len__(self): return 4


class Hooked(Mapping):
    def __getitem__(self, k): raise RuntimeError(f"lookup of {k!r}")
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1


attempts += [lambda: list(Badly()), lambda: 9 in Badly(), lambda: list(reversed(Badly())), lambda: Badly().count(7),
             lambda: Badly().index(9), lambda: Hooked().get("a"), lambda: "a" in Hooked(), lambda: list(Hooked().items()),
             lambda: list(Hooked().values()), lambda: ("a", 1) in Hooked().items(), lambda: 1 in Hooked().values(),
             lambda: dict(Hooked())]
for f in attempts:
    try:
        print(f())
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

from abc import ABC


class Base(ABC):
    def __init_subclass__(cls, **kw):
        raise TypeError(f"no subclasses of Base: {cls.__name__}")


try:
    class Derived(Base):
        pass
except TypeError:
    print(traceback.format_exc().replace(__file__, "FILE"))
os_environ_like = D()
os_environ_like.pop("missing")
