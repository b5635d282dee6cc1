# isinstance() against runtime protocols: data and method members, annotations, inherited
# protocols, _abc_ names, None members, unusual annotation keys (the member scan is native).
import typing
from typing import Protocol, runtime_checkable, NamedTuple
@runtime_checkable
class P(Protocol):
    x: int
    def price(self) -> float: ...
    def _abc_foo(self): ...
@runtime_checkable
class Q(P, Protocol):
    y: str = "a"
    def other(self): ...
class A:
    x = 1
    def price(self): return 1.0
class B:
    def price(self): return 1.0
    def other(self): pass
    x = 2; y = 3
class C(P):
    x = 3
print(isinstance(A(), P), isinstance(B(), Q), isinstance(A(), Q), isinstance(1, P), isinstance(C(), P))
try: issubclass(B, P)
except TypeError as e: print(e)
@runtime_checkable
class R(Protocol):
    def m(self): ...
R.__annotations__ = {1: int}
class M:
    def m(self): pass
try: print(isinstance(M(), R))
except Exception as e: print(type(e).__name__, e)
@runtime_checkable
class S(Protocol):
    def m(self): ...
    z = None
print(isinstance(B(), S), isinstance(M(), S))
class D: m = None; z = None
print(isinstance(D(), S))
@runtime_checkable
class T(typing.SupportsInt, Protocol):
    def n(self): ...
class E:
    def __int__(self): return 1
    def n(self): pass
print(isinstance(E(), T), isinstance(3, typing.SupportsInt), isinstance("", typing.SupportsIndex))
