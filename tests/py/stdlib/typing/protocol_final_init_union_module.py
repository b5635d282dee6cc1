# Protocol subclasses whose __init__ calls super().__init__(), @final protocols,
# the __module__ of an X | Y union, and Annotated metadata of equal but differently
# typed values (found by CPython's test_typing).
from typing import Annotated, Protocol, final, runtime_checkable


class Greeter(Protocol):
    def greet(self) -> str: ...


class English(Greeter):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def greet(self):
        return f"hello {self.name}"


class Loud(English):
    def __init__(self, name):
        super().__init__(name.upper())


print(English("ann").greet(), Loud("bob").greet(), English("cy").greet())


class Plain(Greeter):
    def greet(self):
        return "hi"


print(Plain().greet(), Plain.__init__ is object.__init__)
try:
    Greeter()
except TypeError as e:
    print("TypeError:", e)


@final
@runtime_checkable
class Empty(Protocol):
    pass


@final
@runtime_checkable
class HasSize(Protocol):
    def size(self) -> int: ...


class Box:
    def size(self):
        return 3


print(issubclass(object, Empty), isinstance(1, Empty), Empty.__final__)
print(issubclass(Box, HasSize), isinstance(Box(), HasSize), isinstance(1, HasSize))

u = int | str | None
print(u.__module__, type(u).__module__, type(u).__name__, type(u).__qualname__)
print(Annotated[int | float, "const"], Annotated[int | float, "const"].__origin__)
print(Annotated[list[int] | None, "x"].__metadata__)
try:
    u.__name__
except AttributeError as e:
    print("AttributeError:", e)


class A(str):
    pass


class B(str):
    pass


for v in "XY":
    a = Annotated[str, A(v)]
    b = Annotated[str, B(v)]
    print(type(a.__metadata__[0]).__name__, type(b.__metadata__[0]).__name__, a == b)
print(Annotated[int, 1] is Annotated[int, 1], Annotated[int, True].__metadata__)
