# everyday typing idioms: Final/TypeAlias module annotations, Literal choices, overloads on methods, NewType chains
import sys
import typing
from typing import (TYPE_CHECKING, Awaitable, Callable, Final, Literal, NewType, Optional, TypeAlias, Union, final,
                    get_args, get_overloads, overload)

if TYPE_CHECKING:
    from collections.abc import Sequence

MAX_SIZE: Final = 10
Vector: TypeAlias = "list[float]"
Mode = Literal["r", "w", "a"]
print(sys.modules[__name__].__annotations__, get_args(Mode), "w" in get_args(Mode))


def open_file(path: str, mode: Mode = "r") -> str:
    if mode not in get_args(Mode):
        raise ValueError(f"bad mode {mode!r}; expected one of {get_args(Mode)}")
    return f"{path}:{mode}"


print(open_file("x"), open_file("y", "a"))
try:
    open_file("z", "q")
except ValueError as e:
    print("ValueError", e)


class Parser:
    @overload
    def parse(self, data: str) -> str: ...

    @overload
    def parse(self, data: bytes) -> bytes: ...

    def parse(self, data):
        return data[::-1]

    @final
    def done(self) -> bool:
        return True


print(Parser().parse("abc"), len(get_overloads(Parser.parse)), Parser.done.__final__)
typing.clear_overloads()
print(get_overloads(Parser.parse))
UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
print(AdminId(UserId(5)), AdminId.__supertype__, AdminId, repr(UserId), UserId.__qualname__)
Handler = Callable[..., Awaitable[None]]
print(Handler, get_args(Handler), get_args(Optional[int]), get_args(Union[int, str, None]))
print(typing.get_origin(Mode), typing.get_origin(Handler), typing.get_origin(Final[int]), Final[int])
Json = Union[dict, list, str, int, float, bool, None]
print(Json, get_args(Json)[-1])
