# protocols mixing ABC bases, properties and classmethods, protocol __init__, data-member protocols
from typing import Iterable, Protocol, Sized, TypeVar, runtime_checkable
import typing
T = TypeVar("T")


@runtime_checkable
class SizedIterable(Sized, Iterable[T], Protocol[T]):
    pass


print(isinstance([1], SizedIterable), isinstance(iter([]), SizedIterable), SizedIterable.__mro__)


@runtime_checkable
class Named(Protocol):
    @property
    def name(self) -> str: ...

    @classmethod
    def make(cls): ...


class A:
    name = "a"

    @classmethod
    def make(cls):
        return cls()


class B:
    @property
    def name(self):
        return "b"


print(isinstance(A(), Named), isinstance(B(), Named))


class WithInit(Protocol):
    def __init__(self, x):
        self.x = x

    def m(self) -> int: ...


class Concrete(WithInit):
    def m(self):
        return self.x


print(Concrete(5).m())


class Plain(Protocol):
    x: int


class Impl(Plain):
    def __init__(self):
        self.x = 1


print(Impl().x, Plain._is_protocol, Impl._is_protocol)
try:
    isinstance(Impl(), Plain)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(Impl, Plain)
except TypeError as e:
    print("TypeError", e)
print(isinstance(Impl(), Impl))


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


import io
print(isinstance(io.StringIO(), Closer), isinstance(open, Closer))
print(typing.Protocol.__init__ is object.__init__, Closer.__init__.__name__)
