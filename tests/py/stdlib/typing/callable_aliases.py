# Callable forms in typing and collections.abc, ParamSpec and Concatenate
import collections.abc
from typing import Callable, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
print(P, P.args, P.kwargs, P.args.__origin__ is P, P.__name__)
print(Callable[P, R], Callable[P, R][[int, str], float], Callable[Concatenate[int, P], R])
print(Callable[[int], str].__args__, Callable[..., str].__args__)
abc_c = collections.abc.Callable[[int, str], float]
print(abc_c, type(abc_c).__name__, abc_c.__args__, collections.abc.Callable[..., int])
print(collections.abc.Callable[[R], R][int], Callable[[R], R][int])
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    collections.abc.Callable[int]
except TypeError as e:
    print("TypeError", e)
