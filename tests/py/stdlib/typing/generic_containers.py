# user generic containers, subclassing typing ABC aliases, substitution and __orig_class__
from typing import Dict, Generic, Iterator, List, Mapping, MutableSequence, Optional, Sequence, Tuple, TypeVar
import typing

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    @classmethod
    def of(cls, *items: T) -> "Stack[T]":
        s = cls()
        for i in items:
            s.push(i)
        return s


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), len(s), s.__orig_class__, Stack[str].of("a", "b")._items, type(Stack.of(1)).__name__)


class Table(Mapping[K, V]):
    def __init__(self, data: Dict[K, V]):
        self._data = dict(data)

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


t = Table({"a": 1, "b": 2})
print(t["a"], list(t), len(t), t.get("z", 0), "a" in t, dict(t.items()), t == {"a": 1, "b": 2})
print(Table.__parameters__, Table[str, int], Table.__orig_bases__, isinstance(t, typing.Mapping))
print([c.__name__ for c in Table.__mro__])


class Row(Sequence[int]):
    def __init__(self, *v):
        self.v = v

    def __getitem__(self, i):
        return self.v[i]

    def __len__(self):
        return len(self.v)


r = Row(3, 1, 2)
print(list(r), r.index(1), r.count(2), 3 in r, list(reversed(r)), isinstance(r, typing.Sequence))


class Pairs(Generic[K, V]):
    def __init__(self, *pairs: Tuple[K, V]):
        self.pairs = list(pairs)

    def keys(self) -> List[K]:
        return [k for k, _ in self.pairs]


class StrPairs(Pairs[str, V]):
    pass


class IntStrPairs(StrPairs[int]):
    pass


print(StrPairs.__parameters__, IntStrPairs.__parameters__, IntStrPairs.__orig_bases__)
print(IntStrPairs(("a", 1)).keys(), StrPairs[float], Pairs[K, List[V]][int, str])
print(Pairs[int, str] == Pairs[int, str], Pairs[int, str] is Pairs[int, str], hash(Pairs[int, str]) == hash(Pairs[int, str]))
print(typing.get_args(Pairs[int, str]), typing.get_origin(Pairs[int, str]) is Pairs)
MaybeList = Optional[List[T]]
print(MaybeList, MaybeList[int], MaybeList.__parameters__)
Matrix = List[List[T]]
print(Matrix[float], Dict[str, Matrix[int]])


class MyList(MutableSequence[T]):
    def __init__(self):
        self.data = []

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def __len__(self):
        return len(self.data)

    def insert(self, i, v):
        self.data.insert(i, v)


m = MyList[int]()
m.append(1)
m.extend([2, 3])
m += [4]
print(m.data, m.pop(), m.__orig_class__, MyList.__parameters__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    typing.Mapping[int]
except TypeError as e:
    print("TypeError", e)
