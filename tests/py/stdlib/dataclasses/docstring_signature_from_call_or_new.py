# A dataclass without a docstring gets "Name" + the class signature with inspect.signature's
# rules: a metaclass __call__ or a __new__ takes part, and a class whose call has no signature
# (metaclass __call__ = dict) gets its bare name (CPython issue 103449).
import inspect
from dataclasses import dataclass
class Meta(type):
    __call__ = dict
class Base(metaclass=Meta):
    pass
try:
    print(inspect.signature(Base))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
@dataclass
class C(Base):
    pass
print(repr(C.__doc__))
for obj in (dict, int, len, print, sorted, type, object, str.join, range):
    try:
        print(obj, inspect.signature(obj))
    except (TypeError, ValueError) as e:
        print(obj, type(e).__name__, e)
class WithNew:
    def __new__(cls, *args, flag=False, **kwargs):
        return super().__new__(cls)
@dataclass
class D(WithNew):
    x: int = 0
print(repr(D.__doc__), D(3, flag=True) if False else D(3))
class Meta2(type):
    def __call__(cls, a, b=2):
        return super().__call__(a)
@dataclass
class E(metaclass=Meta2):
    a: int
print(repr(E.__doc__), E(1, 5))
@dataclass
class F:
    x: int
    y: "list[str]" = None
print(repr(F.__doc__))
