# aliases of collections.abc / collections / contextlib / re classes: origins, instantiation, checks
import typing
from typing import (AbstractSet, AsyncIterator, Awaitable, ChainMap, ContextManager, Counter, DefaultDict,
                    Deque, Generator, ItemsView, Iterable, Match, OrderedDict, Pattern)

print(Iterable.__origin__, Iterable[int].__origin__, typing.get_origin(Generator[int, None, None]))
print(AbstractSet[int], AbstractSet.__origin__, ItemsView[str, int], Awaitable[int], AsyncIterator[bytes])
print(Counter[str]("abca"), Deque[int]([1, 2]), DefaultDict[str, int](int), OrderedDict[str, int](a=1))
print(ChainMap[str, int]({"a": 1}), ChainMap.__origin__, Counter.__origin__)
print(ContextManager[int], ContextManager.__origin__, Pattern[str], Match[bytes], Pattern.__origin__)
import re
m = re.match("a+", "aaa")
print(isinstance(re.compile("x"), Pattern), isinstance(m, Match), typing.get_args(Pattern[str]))
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str], Iterable[int] is Iterable[int])
print(hash(Iterable[int]) == hash(Iterable[int]), {Iterable[int]: 1}[Iterable[int]])
print(typing.Sequence.__doc__, typing.Counter.__doc__, typing.ContextManager.__doc__)


class Gen(Generator[int, None, str]):
    def send(self, v):
        raise StopIteration("done")

    def throw(self, *a):
        raise StopIteration


print(list(Gen()), Gen.__mro__[1].__name__)
print(typing.List[int] is typing.List[int], typing.Union[int, str] is typing.Union[int, str])
print(typing.Callable[[int], str] is typing.Callable[[int], str], typing.Tuple[int, str] is typing.Tuple[int, str])
print(typing.Optional[int] is typing.Optional[int], typing.Literal[1] is typing.Literal[1])
print(typing.Literal[1] is typing.Literal[True], typing.Literal[1] == typing.Literal[True])
