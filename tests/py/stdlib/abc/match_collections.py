# classes inheriting or registered with collections.abc Sequence/Mapping match sequence/mapping patterns
from collections.abc import Mapping, Sequence
import abc


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


class Plain:
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


class Regd(Plain):
    pass


Sequence.register(Regd)


class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


def kind(x):
    match x:
        case [a, b]:
            return f"seq2 {a} {b}"
        case {"k": v}:
            return f"map k={v}"
        case _:
            return "other"


print(kind(MySeq(1, 2)), kind(Plain(1, 2)), kind(Regd(3, 4)), kind(MyMap(k=5)), kind(MyMap(j=1)))
try:
    class Both(abc.ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError", e)
