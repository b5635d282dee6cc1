# inheritance with kw_only, make_dataclass with bases/namespace, asdict factories, generics
import collections
import dataclasses
from dataclasses import dataclass, field, fields, make_dataclass, asdict, astuple, InitVar
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(kw_only=True)
class Base:
    ident: int
    label: str = "base"


@dataclass
class Child(Base):
    value: float
    extra: list = field(default_factory=list)


print(Child(1.5, ident=3), Child.__match_args__, [(f.name, f.kw_only) for f in fields(Child)])
print(Child.__doc__)


@dataclass
class Box(Generic[T]):
    item: T
    count: int = 1


print(Box[int](5), Box("a", 2), Box.__doc__, Box.__parameters__)

Point3 = make_dataclass("Point3", [("x", int), ("y", int, field(default=0)), ("z", InitVar[int], 0)],
                        bases=(Base,), namespace={"norm": lambda self: abs(self.x) + abs(self.y)},
                        kw_only=True)
p = Point3(ident=1, x=-2, z=5)
print(p, p.norm(), Point3.__mro__[1].__name__, [f.name for f in fields(Point3)], Point3.__doc__)

Pair = collections.namedtuple("Pair", "first second")


@dataclass
class Holder:
    pair: Pair
    mapping: dict
    nested: tuple


h = Holder(Pair(Box(1), [Box(2)]), {"k": (Box(3),)}, (Box(4), [Box(5)]))
print(asdict(h))
print(astuple(h))
print(asdict(h, dict_factory=collections.OrderedDict))


@dataclass
class Again:
    x: int = 1


Again2 = dataclass(Again)
print(Again2 is Again, Again2(), [f.name for f in fields(Again2)])


@dataclass(eq=False)
class Identity:
    x: int


a = Identity(1)
print(a == Identity(1), a == a, hash(a) == id(a) >> 4 or True)


@dataclass
class Defaults:
    a: int = field(default=1, init=False)
    b: list = field(default_factory=lambda: [1, 2], init=False)
    c: int = 3


d = Defaults(7)
print(d, dataclasses.replace(d, c=9), Defaults.a, hasattr(Defaults, "b"))
print(dataclasses.fields(Defaults)[1].default_factory(), Defaults.__dataclass_params__)
print(repr(dataclasses.field())[:40], dataclasses.MISSING is dataclasses.fields(Child)[2].default)
