# collections.abc: structural checks, registration, mixin methods
from collections.abc import (Callable, Container, Generator, Hashable, ItemsView, Iterable,
                             Iterator, KeysView, Mapping, MutableMapping, MutableSequence,
                             MutableSet, Reversible, Sequence, Set, Sized)
import collections.abc

print(isinstance([], Iterable), isinstance([], Sequence), isinstance({}, Mapping))
print(isinstance({}, MutableMapping), isinstance(iter([]), Iterator), isinstance(1, Hashable))
print(isinstance((x for x in []), Generator), isinstance(len, Callable), issubclass(str, Sequence))
print(issubclass(set, MutableSet), isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView))
print(issubclass(tuple, MutableSequence), issubclass(list, MutableSequence), isinstance(3, Sized))
print(isinstance(range(3), Reversible), isinstance("", Container), issubclass(dict, Reversible))


class MySeq(Sequence):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, i):
        return self.d[i]

    def __len__(self):
        return len(self.d)


s = MySeq([1, 2, 3, 2])
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, Reversible))
try:
    s.index(9)
except ValueError:
    print("ValueError")


class M(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(dict(m), m.pop("a"), m.get("z", 0), list(m.keys()), list(m.items()), m == {"b": 2, "c": 3})
print(m.popitem(), len(m), list(m.values()))
m.clear()
print(len(m))
try:
    Sequence()
except TypeError as e:
    print("TypeError", "abstract" in str(e))


class S(Set):
    def __init__(self, it):
        self.s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)


a = S([1, 2, 3])
b = S([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]))
print(a.isdisjoint([9]), a < b, S([]) == S([]))


class Dummy:
    pass


Iterable.register(Dummy)
print(isinstance(Dummy(), Iterable), issubclass(Dummy, Iterable))
print(Callable[[int], str], Callable[..., int], Iterable[int], Mapping[str, int])
print(sorted(collections.abc.__all__))
print(Sequence.__module__, Sequence.__name__, Hashable.__abstractmethods__)
