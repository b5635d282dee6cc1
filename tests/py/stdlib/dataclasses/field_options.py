# field(): init, repr, compare, hash, metadata, kw_only
from dataclasses import MISSING, dataclass, field, fields


@dataclass
class Item:
    name: str
    price: float = field(default=0.0, repr=False)
    qty: int = field(default=1, compare=False)
    secret: str = field(default="s", init=False, repr=False)
    notes: dict = field(default_factory=dict, metadata={"unit": "none"})
    code: int = field(default=7, kw_only=True)


i = Item("pen", 1.5, 3, code=9)
print(i, i.secret, i.code)
print(Item("a") == Item("a", qty=99), Item("a") == Item("a", 2.0))
for f in fields(Item):
    print(f.name, f.type, f.default is MISSING or f.default, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only, dict(f.metadata))
print(fields(i)[4].metadata, type(fields(i)[4].metadata).__name__, fields(i)[0].metadata)
try:
    Item("x", secret="no")
except TypeError as e:
    print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
print(repr(fields(Item)[0])[:60])
