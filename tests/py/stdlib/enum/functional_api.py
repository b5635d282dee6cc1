# the functional API: Enum('Name', ...) and IntEnum/Flag variants
from enum import Enum, Flag, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, repr(Animal.ANT), Animal.__module__)
Shape = Enum("Shape", [("SQUARE", "sq"), ("CIRCLE", "ci")])
print(list(Shape), Shape("ci"))
Codes = Enum("Codes", {"OK": 200, "NOT_FOUND": 404})
print(list(Codes), Codes(404).name)
Level = IntEnum("Level", "LOW,MID HIGH", start=0)
print(list(Level), Level.HIGH + 1)
Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.X)
Q = Enum("Q", ["a", "b"], module="mymod", qualname="Outer.Q")
print(Q.__module__, Q.__qualname__, repr(Q.a))
E = Enum("E", "x y", type=str) if False else Enum("E", "x y")
print(E.x.value, E.y.value)
