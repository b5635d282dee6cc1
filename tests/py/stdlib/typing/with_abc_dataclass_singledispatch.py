# typing together with abc, dataclasses and functools.singledispatch
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import singledispatch
from typing import ClassVar, Dict, Generic, Iterator, List, Optional, TypeVar, Union
import typing

T = TypeVar("T")


class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, key: str) -> Optional[T]: ...


class MemRepo(Repo[int]):
    def __init__(self):
        self.d: Dict[str, int] = {}

    def get(self, key):
        return self.d.get(key)


print(MemRepo().get("x"), MemRepo.__orig_bases__, type(Repo).__name__, Repo.__parameters__)
try:
    Repo()
except TypeError as e:
    print("TypeError", e)


@dataclass
class Box(Generic[T]):
    item: T
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0


b = Box[int](1)
print(b, b.__orig_class__, Box.__dataclass_fields__.keys(), typing.get_type_hints(Box))


class Slotted(Generic[T]):
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


print(Slotted[int](3).v)


def countdown(n: int) -> Iterator[int]:
    while n:
        yield n
        n -= 1


print(list(countdown(3)), countdown.__annotations__)


@singledispatch
def show(x) -> str:
    return "obj"


@show.register
def _(x: int) -> str:
    return "int"


@show.register
def _(x: Union[str, bytes]) -> str:
    return "text"


@show.register
def _(x: list) -> str:
    return "list"


print(show(1), show("a"), show(b"b"), show([1]), show(2.0))
try:
    @show.register
    def _(x: List[int]) -> str:
        return "bad"
except TypeError as e:
    print("TypeError", e)
