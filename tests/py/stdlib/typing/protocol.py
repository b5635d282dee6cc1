# Protocol classes and @runtime_checkable structural checks
from typing import Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, runtime_checkable


class Closable(Protocol):
    def close(self): ...


@runtime_checkable
class Readable(Protocol):
    def read(self): ...


class File:
    def read(self):
        return "data"

    def close(self):
        pass


class NotFile:
    pass


print(isinstance(File(), Readable), isinstance(NotFile(), Readable), issubclass(File, Readable))
try:
    isinstance(File(), Closable)
except TypeError as e:
    print("TypeError", e)
try:
    Closable()
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex), isinstance(-1, SupportsAbs))


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e:
    print("TypeError", e)


class Impl(Readable):
    pass


print(Impl().read(), Readable._is_protocol, Impl._is_protocol)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError", e)
try:
    class Mixed(Protocol, File):
        pass
except TypeError as e:
    print("TypeError", e)
