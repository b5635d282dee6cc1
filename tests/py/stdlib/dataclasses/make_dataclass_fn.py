# make_dataclass builds a dataclass from field specs
from dataclasses import dataclass, field, fields, make_dataclass

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))],
                   namespace={"total": lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), [f.type for f in fields(C)])
F = make_dataclass("F", [("x", int)], frozen=True, order=True)
print(sorted([F(3), F(1)]), F.__name__)
for bad in (["a", "a"], ["class"], [("1x", int)], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError", e)
