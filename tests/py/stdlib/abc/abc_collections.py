# ABC machinery under isinstance() of builtin types and collections.abc
from collections.abc import Hashable, Iterable, Mapping, MutableSequence, Sized
import abc


class MyABC(abc.ABC):
    pass


MyABC.register(tuple)
print(isinstance((), MyABC), isinstance([], MyABC), issubclass(tuple, MyABC))
print(isinstance(object(), Hashable), isinstance([], Hashable), isinstance({}, Hashable))
print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(str, Iterable))


class Weird:
    __iter__ = None


print(isinstance(Weird(), Iterable), isinstance(Weird(), Sized))
