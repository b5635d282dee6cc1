# cast, NewType, overload, final, assert_never, assert_type, reveal_type, no_type_check, TYPE_CHECKING
import typing
from typing import NewType, assert_never, assert_type, cast, final, get_overloads, overload, reveal_type

print(cast(int, "x"), cast("List[int]", [1]), assert_type(3, int), typing.TYPE_CHECKING)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__, UserId.__module__, UserId | None)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError", e)


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x


print(parse(3), len(get_overloads(parse)))
try:
    @overload
    def only(x): ...
    only(1)
except NotImplementedError as e:
    print("NotImplementedError", e)


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)
try:
    assert_never("unexpected")
except AssertionError as e:
    print("AssertionError", e)
try:
    assert_never("x" * 200)
except AssertionError as e:
    print("AssertionError", len(str(e)))
print(reveal_type([1]))


@typing.no_type_check
def untyped(a: "not a type") -> 1:
    return a


print(typing.get_type_hints(untyped), untyped.__no_type_check__)


@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
