# generic protocols, generic ABC aliases as bases, Self and __class_getitem__ on classes
from typing import Generic, Iterator, Protocol, Self, TypeVar, runtime_checkable
import typing

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class Source(Protocol[T_co]):
    def get(self) -> T_co: ...


class IntSource:
    def get(self):
        return 1


print(Source[int], Source.__parameters__, isinstance(IntSource(), Source), Source.__mro__[1:])


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), Countdown.__orig_bases__, Countdown.__mro__)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> Self:
        self.items.append(item)
        return self


s = Stack[int]().push(1).push(2)
print(s.items, type(s).__name__, Stack.push.__annotations__)


class Registry(typing.Dict[str, int]):
    pass


r = Registry(a=1)
print(r, Registry.__mro__, Registry.__orig_bases__)
