# typing.NamedTuple: class syntax with defaults and methods, functional syntax
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f"{self.name}#{self.id}"


e = Employee("guido")
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(Employee.__doc__, isinstance(e, tuple), e._replace(id=7), e._asdict(), Employee.__bases__)
NT = NamedTuple("NT", [("a", int), ("b", str)])
print(NT(1, "x"), NT.__annotations__, NT._fields)
KW = NamedTuple("KW", x=int, y=float)
print(KW(1, 2.0), KW.__module__, NT.__module__)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        x: int
        _fields = 1
except AttributeError as e:
    print("AttributeError", e)
