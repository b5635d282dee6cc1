# names typing loads on first use (Supports*, get_type_hints, NamedTuple, TypedDict, IO), star import, copies of aliases
from typing import *
import typing
print(SupportsInt, SupportsAbs[int], SupportsInt.__mro__, SupportsAbs.__parameters__, SupportsInt.__abstractmethods__)
print(get_type_hints.__module__, NamedTuple.__module__, TypedDict.__module__, IO.__module__, typing.NamedTupleMeta)
print([n for n in typing.__all__ if n not in dir(typing)])
print(typing.SupportsRound.__round__.__qualname__)
try:
    typing.nope
except AttributeError as e:
    print(e)
class MyInt(SupportsInt):
    def __int__(self): return 3
print(int(MyInt()), isinstance(MyInt(), SupportsInt))
import copy
for o in (List[int], Dict[str, Tuple[int, ...]], Optional[int], Callable[[int], str], Literal[1, 2], Annotated[int, "x"], List, Union, typing.Iterable[int], ClassVar[int]):
    c = copy.copy(o); d = copy.deepcopy(o)
    p = o
    print(o, c == o, d == o, p == o, p is o)
