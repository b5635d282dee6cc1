# Protocols as real code uses them: structural checks, protocol inheritance, default methods
from typing import Iterable, Protocol, SupportsAbs, SupportsRound, TypeVar, runtime_checkable
import typing


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


@runtime_checkable
class Resizable(Protocol):
    def resize(self, factor: float) -> None: ...


@runtime_checkable
class Shape(Drawable, Resizable, Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, side):
        self.side = side

    def draw(self):
        return f"square({self.side})"

    def resize(self, factor):
        self.side *= factor

    def area(self):
        return self.side ** 2


class Label:
    def draw(self):
        return "label"


items = [Square(2), Label(), 3]
print([isinstance(i, Drawable) for i in items], [isinstance(i, Shape) for i in items])
print(issubclass(Square, Shape), issubclass(Label, Shape), issubclass(int, Drawable))
print(Shape.__mro__[1:], Shape._is_protocol, Shape._is_runtime_protocol)


class Greeter(Protocol):
    name: str

    def greet(self) -> str:
        return "hello " + self.name


class English(Greeter):
    def __init__(self, name):
        self.name = name


print(English("bob").greet(), isinstance(English("x"), Greeter) if False else "skip")
T = TypeVar("T")


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


class NoneGet:
    get = None


print(isinstance(IntBox(), Box), isinstance(NoneGet(), Box), Box[int], Box.__parameters__)
print(isinstance(-2.5, SupportsAbs), isinstance("s", SupportsAbs), isinstance(1.5, SupportsRound))
print(isinstance([], Iterable), isinstance(iter([]), typing.Iterator), issubclass(dict, typing.Mapping))
print(isinstance(len, typing.Callable), isinstance(3, typing.Hashable), isinstance([], typing.Hashable))
print(isinstance({}, typing.Sized), isinstance((), typing.Collection), issubclass(list, typing.Reversible))


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(1), Square(3)]))


class Lazy:
    def __getattr__(self, name):
        return lambda: name


print(isinstance(Lazy(), Drawable))
try:
    class NotProto(Protocol, int):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError", e)
