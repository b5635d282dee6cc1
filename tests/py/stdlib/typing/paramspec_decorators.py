# ParamSpec/Concatenate in decorator code, TypeVarTuple basics
import typing
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar, TypeVarTuple, Unpack

P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 2) -> int:
    return a + b


print(add(1, b=5), inner_ann := add.__annotations__)


def with_ctx(f: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args, **kwargs):
        return f("ctx", *args, **kwargs)
    return inner


@with_ctx
def greet(ctx: str, name: str) -> str:
    return f"{ctx}:{name}"


print(greet("bob"))
print(P.args == P.args, P.kwargs == P.kwargs, P.args == P.kwargs, P.args.__origin__ is P, repr(P.kwargs))
print(Callable[Concatenate[int, P], R][[str, bytes], float], Callable[P, int][...])


class Handler(Generic[P, R]):
    pass


print(Handler[[int, str], bool], Handler[..., None], Handler.__parameters__)
print(Ts, Unpack[Ts], Ts.__name__, list(Ts) == [Unpack[Ts]])


class Array(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Array[int, str], Array[()] if False else "", typing.get_args(Array[int, str, bytes]))
print(typing.Tuple[Unpack[Ts]], typing.Tuple[int, Unpack[Ts]][str, bytes])
try:
    ParamSpec("Q", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError", e)
try:
    Concatenate[int, str]
except TypeError as e:
    print("TypeError", e)
