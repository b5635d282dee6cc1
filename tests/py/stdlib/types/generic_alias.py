# types.GenericAlias: construction, attributes, substitution, iteration
import types
from typing import TypeVar

T = TypeVar("T")
ga = types.GenericAlias(list, int)
print(ga, ga.__origin__, ga.__args__, ga.__parameters__, ga == list[int], type(ga) is types.GenericAlias)
print(dict[str, T][int], list[T].__parameters__, tuple[int, ...], tuple[()], list[list[T]][str])
print(list[int](range(3)), list[int].__name__, list[int].__mro_entries__(()), [*tuple[int, str]])
print(types.GenericAlias(dict, (str, int)), hash(list[int]) == hash(list[int]), list[int] != list[str])
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError", e)


class MyList(list[int]):
    pass


print(MyList.__orig_bases__, MyList.__bases__, MyList([1]))
