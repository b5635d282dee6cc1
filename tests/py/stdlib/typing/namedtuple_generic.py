# a NamedTuple that is also Generic: bases, MRO, parameters, subscription
from typing import Generic, NamedTuple, TypeVar
T = TypeVar("T")


class Pair(NamedTuple, Generic[T]):
    first: T
    second: T

    def swap(self):
        return Pair(self.second, self.first)


p = Pair(1, 2)
print(p, p.swap(), Pair.__mro__, Pair.__bases__, Pair.__parameters__, Pair[int], Pair[int](3, 4), Pair.__orig_bases__[1], Pair.__orig_bases__[0] is NamedTuple)
print(Pair._fields, Pair.__annotations__, isinstance(p, tuple), p._replace(first=9), Pair._make([5, 6]))
