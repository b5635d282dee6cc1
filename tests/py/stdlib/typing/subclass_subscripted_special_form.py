# A subscripted special form (Literal[1], Union[...], ClassVar[int] ...) cannot be a base class:
# TypeError 'Cannot subclass typing.Literal[1]', as CPython's _GenericAlias.__mro_entries__.
# Subscripted generics (List[int], Generic[T]) still are.
from typing import Literal, Union, Optional, ClassVar, Final, Required, NotRequired, TypeGuard, Concatenate, ParamSpec
P = ParamSpec('P')
for base in [Literal[1], Union[int, str], Optional[int], ClassVar[int], Final[int], Required[int], NotRequired[int], TypeGuard[int], Concatenate[int, P]]:
    try:
        class C(base): pass
        print('ok', base, C.__mro__)
    except TypeError as e:
        print('TypeError', e)
from typing import Generic, List, TypeVar

T = TypeVar("T")


class Box(List[int], Generic[T]):
    pass


print(Box.__mro__, Box.__orig_bases__)
