import re
def r(o): return re.sub(r' at 0x[0-9a-f]+', '', repr(o) if not isinstance(o, str) else o)
from dataclasses import dataclass, field
import abc
rec = field(); rec.type = rec; rec.name = "id"
print(r(rec))
class C: pass
@dataclass
class D:
    C: C = field()
print(r(D.__dataclass_fields__["C"]))
print(r(D.__doc__))
class Outer:
    class Shape(abc.ABC):
        @abc.abstractmethod
        def area(self): ...
        @abc.abstractmethod
        def perimeter(self): ...
try: Outer.Shape()
except TypeError as e: print(e)
def make():
    class Local(abc.ABC):
        @abc.abstractmethod
        def f(self): ...
    return Local
try: make()()
except TypeError as e: print(e)
