# gc.collect() right after importing typing returns CPython's count: typing's import used to
# leave a throwaway class (7 cyclic objects) where CPython's leaves none.
import gc

print("start", gc.collect())
import typing  # noqa: E402

print("typing", gc.collect())
from typing import Protocol, TypeVar  # noqa: E402, F401

print("from typing", gc.collect())
import weakref  # noqa: E402, F401

print("weakref", gc.collect())
print(type(typing.Protocol.__init_subclass__).__name__, isinstance(typing.Any, type))
