# type.__subclasscheck__ is CPython's _PyObject_RealIsSubclass: issubclass(42, C) raises
# "arg 1 must be a class" also when C's metaclass (an Enum's, a custom one) inherits it.
import enum


class M(type):
    pass


class X(metaclass=M):
    pass


class Color(enum.Enum):
    RED = 1


for args in [(42, X), (X, 42), (42, (X, int)), (int, (X, 42)), (42, Color), (bool, Color), (Color, object)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: type.__subclasscheck__(X, 42), lambda: type.__subclasscheck__(X, X),
             lambda: X.__subclasscheck__(bool), lambda: type.__subclasscheck__(X),
             lambda: M.__subclasscheck__(X, type("Sub", (X,), {})),
             lambda: type.__subclasscheck__(X, cls=X)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
