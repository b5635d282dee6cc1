# get_type_hints, get_origin, get_args
import typing
from typing import Annotated, Callable, ClassVar, Dict, Generic, List, Literal, Optional, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def f(x: "int", y: List["str"] = None, *args: int, z: Annotated[float, "unit"] = 0.0) -> None:
    pass


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))


class Base:
    a: int
    b: "List[int]"


class Derived(Base):
    c: ClassVar[str] = "x"
    d: Optional["Derived"] = None


print(get_type_hints(Derived))
for tp in (List[int], Dict[str, int], int | str, Union[int, str], Callable[[int], str], Callable[..., int],
           Literal[1, 2], Annotated[int, 1], ClassVar[int], Generic, Generic[T], list[int], int, Optional[str]):
    print(get_origin(tp), get_args(tp))
print(get_type_hints(typing.NamedTuple("P", [("x", int)])))
