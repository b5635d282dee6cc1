# reprs of typing's generic aliases and special forms
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, List, Literal, Optional,
                    Set, Tuple, Type, Union)

print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Any, typing.NoReturn, typing.Never)
print(List[int], Dict[str, List[int]], Set[bytes], Tuple[int, str], Tuple[()], Tuple[int, ...])
print(Type[int], Callable[..., int], Callable[[int, str], bool], Callable[[], None])
print(Optional[int], Union[int, None, str], Union[int], Union[int, str, int], Literal[1, "a", None])
print(ClassVar[int], Final[str], Final, typing.Annotated[int, "meta", 3], typing.Self)
print(typing.LiteralString, typing.TypeAlias, typing.Hashable, typing.Sized, typing.Iterable[int])
print(typing.Mapping[str, int], typing.Sequence[float], typing.DefaultDict[str, int])
print(typing.Deque[int], typing.OrderedDict[str, int], typing.Counter[str], typing.Generator[int, None, None])
print(List["Forward"], Optional["X"], typing.ForwardRef("Y"), Dict[str, "Z"])
print(typing.List.__doc__, typing.Deque.__doc__)
print(List[int].__origin__, List[int].__args__, Dict.__origin__, List[int]._name, Callable[[int], str].__args__)
