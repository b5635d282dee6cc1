# TypeVar and user generics: parameters, subscription, __orig_bases__, __orig_class__
from typing import Dict, Generic, List, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
U = TypeVar("U", covariant=True)
C = TypeVar("C", contravariant=True)
S = TypeVar("S", int, str)
B = TypeVar("B", bound=float)
print(T, U, C, S, B, T.__name__, S.__constraints__, B.__bound__, U.__covariant__, T.__module__)


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Pair(Generic[K, V]):
    pass


print(Box[int], Box.__parameters__, Box.__orig_bases__, Box[int](3).__orig_class__, Box.__mro__)
print(Pair[str, int], Pair[str, int].__args__, Pair.__parameters__, Pair[K, int][str])
print(List[T][int], Dict[K, List[V]][str, int], Tuple[T, ...][bytes], List[T].__parameters__)


class IntBox(Box[int]):
    pass


class Sub(Pair[str, V]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, Sub.__parameters__, Sub[float])
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
print(list[T][int], dict[K, V][str, float], T | None, int | T)
for bad in (lambda: Box[int, str], lambda: List[int, str], lambda: Generic[int],
            lambda: Generic[T, T], lambda: IntBox[int], lambda: TypeVar("X", int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    TypeVar("Y", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError", e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(List[K], Generic[T]):
        pass
except TypeError as e:
    print("TypeError", e)
