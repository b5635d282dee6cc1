# TypedDict: kwargs syntax warning, Annotated/Required keys, generic TypedDict, errors
import typing
from typing import Annotated, Generic, NotRequired, Required, TypedDict, TypeVar, get_type_hints
T = TypeVar("T")
X = TypedDict("X", a=int, b=str)
print(X.__annotations__, X.__required_keys__ == {"a", "b"})


class Base(TypedDict, total=False):
    x: Annotated[int, "meta"]
    y: Required[Annotated[str, 1]]


class G(TypedDict, Generic[T]):
    item: T
    n: NotRequired[int]


print(sorted(Base.__required_keys__), sorted(Base.__optional_keys__), get_type_hints(Base), get_type_hints(Base, include_extras=True))
print(G.__mro__, G.__parameters__, G[int], sorted(G.__optional_keys__), get_type_hints(G))
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    TypedDict("Y", {"a": int}, b=str)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(TypedDict):
        x: 3 if False else (1, 2)
except TypeError as e:
    print("TypeError", e)
print(typing.is_typeddict(G), G(item=1), type(G(item=1)))
