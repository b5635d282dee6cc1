# edge cases: descriptors and class attributes as defaults, non-dataclass bases, eq across
# subclasses, unsafe_hash, weakref_slot, abstract methods, errors in generated methods
import abc
import weakref
from dataclasses import FrozenInstanceError, InitVar, dataclass, field, fields, is_dataclass
from typing import ClassVar


class Plain:
    shared = 10


@dataclass
class FromPlain(Plain):
    x: int
    shared: int = 5


print(FromPlain(1), Plain.shared, FromPlain.shared)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, kind=None):
        if obj is None:
            return 1
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)


@dataclass
class Box:
    size: Positive = Positive()


print(Box(), Box(3).size)
try:
    Box(0)
except ValueError as e:
    print("ValueError", e)


@dataclass
class A:
    x: int


@dataclass
class B(A):
    pass


print(A(1) == B(1), B(1) == B(1), A(1) != B(1), B.__eq__ is A.__eq__, B.__doc__)


@dataclass(unsafe_hash=True)
class Mutable:
    x: int
    cache: dict = field(default_factory=dict, hash=False, compare=False)


m = Mutable(1)
print(hash(m) == hash((1,)), {m: 1}[Mutable(1, {"a": 1})])


@dataclass(slots=True, weakref_slot=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
r = weakref.ref(s)
print(r() is s, Slotted.__slots__, is_dataclass(Slotted), [f.name for f in fields(s)])


@dataclass
class Shape(abc.ABC):
    name: str

    @abc.abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


print(Square("sq", 3).area(), Shape.__abstractmethods__)
try:
    Shape("s")
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    items: list = field(default_factory=list)


f = Frozen(1)
f.items.append(2)
print(f)
try:
    object.__setattr__(f, "x", 5)
    print(f.x)
    f.__dict__["x"] = 6
    print(f)
except FrozenInstanceError as e:
    print("error", e)


@dataclass
class WithClassVar:
    count: ClassVar[int] = 0
    x: int = 1


print(WithClassVar(), WithClassVar.count, [f.name for f in fields(WithClassVar)])

for bad_def in ("cv_factory", "cv_kw_only", "iv_factory"):
    try:
        if bad_def == "cv_factory":
            @dataclass
            class Bad:
                x: ClassVar[list] = field(default_factory=list)
        elif bad_def == "cv_kw_only":
            @dataclass
            class Bad:
                x: ClassVar[int] = field(default=1, kw_only=True)
        else:
            @dataclass
            class Bad:
                x: InitVar[list] = field(default_factory=list)
    except TypeError as e:
        print(bad_def, "TypeError", e)


@dataclass
class Explode:
    x: int

    def __post_init__(self):
        raise RuntimeError("boom")


try:
    Explode(1)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__traceback__.tb_next.tb_frame.f_code.co_name))
