import inspect
from dataclasses import dataclass
@dataclass
class M:
    x: int
print(M.__init__.__annotations__, inspect.signature(M.__init__), inspect.signature(M))
class C:
    def __init__(self, a: int) -> None: pass
print(inspect.signature(C))
class N:
    def __new__(cls, a, b: str = "x") -> "N": return object.__new__(cls)
print(inspect.signature(N))
class S(C): pass
print(inspect.signature(S), inspect.signature(M.__init__).return_annotation)
