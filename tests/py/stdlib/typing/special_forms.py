# special forms reject instantiation, subclassing and isinstance; Any and Annotated
import typing
from typing import Annotated, Any, ClassVar, Final, Literal, Optional, Union


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)


attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("Any()", lambda: Any())
attempt("Union()", lambda: Union())
attempt("isinstance Union", lambda: isinstance(1, Union))
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Optional[]", lambda: Optional[int, str])
attempt("List[int]()", lambda: typing.List[int]())
attempt("isinstance List[int]", lambda: isinstance([], typing.List[int]))
attempt("isinstance List", lambda: isinstance([], typing.List))
attempt("issubclass Sequence", lambda: issubclass(list, typing.Sequence))
attempt("Annotated[int]", lambda: Annotated[int])
attempt("Annotated()", lambda: Annotated())
attempt("Callable[int]", lambda: typing.Callable[int])
attempt("NoReturn[int]", lambda: typing.NoReturn[int])
attempt("Literal[1]", lambda: Literal[1] == Literal[1])
attempt("Literal dedup", lambda: Literal[1, 2, 1])
attempt("Annotated nest", lambda: Annotated[Annotated[int, 1], 2])
attempt("Annotated meta", lambda: Annotated[int, "m"].__metadata__)
attempt("Final int", lambda: Final[int].__args__)


class MyAny(Any):
    pass


print(type(MyAny()).__name__, isinstance(MyAny(), MyAny), repr(Any), type(Any).__name__)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("TypeError", e)
