# TypeVarTuple in Generic classes and tuples: regrouping, arbitrary-length tuple arguments, errors
from typing import *
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
class A(Generic[T, *Ts]): pass
class B(Generic[*Ts, T]): pass
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("A params", lambda: A.__parameters__)
attempt("A int", lambda: A[int])
attempt("A int str bytes", lambda: A[int, str, bytes])
attempt("B int", lambda: B[int])
attempt("B a b c", lambda: B[int, str, bytes])
attempt("A none", lambda: A[()])
attempt("A var tuple", lambda: A[int, *tuple[str, ...]])
attempt("B var tuple", lambda: B[*tuple[int, ...]])
attempt("tuple sub", lambda: tuple[T, *Ts][int, str, float])
attempt("Tuple sub", lambda: Tuple[T, *Ts][int])
attempt("Tuple sub var", lambda: Tuple[T, *Ts][int, *Tuple[str, ...]])
attempt("unpack args", lambda: get_args(Tuple[*Ts]))
attempt("A args", lambda: get_args(A[int, str]))
attempt("callable ts", lambda: Callable[[*Ts], T][int, str])
attempt("two tvt", lambda: Generic[*Ts, *Ts])
attempt("Unpack tuple", lambda: Unpack[Tuple[int, str]].__typing_unpacked_tuple_args__)
attempt("star tuple", lambda: [*Tuple[int, str]])
attempt("A var mid", lambda: A[*tuple[int, ...], str])
attempt("B two var", lambda: B[*tuple[int, ...], *tuple[str, ...]])
class C(Generic[T, *Ts, T2 := TypeVar("T2")]): pass
attempt("C var", lambda: C[*tuple[int, ...]])
attempt("C few", lambda: C[int])
attempt("C mix", lambda: C[int, *tuple[str, ...], bytes])
