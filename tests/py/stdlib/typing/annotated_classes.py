# real code: annotated classes and functions, get_type_hints with forward references and nesting
import typing
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Union, get_type_hints


class Node:
    value: int
    children: List["Node"]
    parent: Optional["Node"] = None
    registry: ClassVar[Dict[str, "Node"]] = {}

    def __init__(self, value: int, parent: "Optional[Node]" = None) -> None:
        self.value = value
        self.parent = parent
        self.children = []

    def add(self, child: "Node") -> "Node":
        self.children.append(child)
        return self

    def walk(self, visit: Callable[["Node"], None]) -> None:
        visit(self)
        for c in self.children:
            c.walk(visit)


root = Node(1).add(Node(2)).add(Node(3))
seen = []
root.walk(lambda n: seen.append(n.value))
print(seen)
print(get_type_hints(Node))
print(get_type_hints(Node.__init__))
print(get_type_hints(Node.add), get_type_hints(Node.walk))


def process(items: list[int], mapping: dict[str, "Node"], *, flag: bool | None = None,
            key: "Union[int, str]" = 0, rest: Tuple[int, ...] = ()) -> "list[Node]":
    return []


print(get_type_hints(process))
print(process.__annotations__)


class Config:
    name: str
    debug: bool = False
    level: "int"
    extra: Any
    callback: Optional[Callable[..., Any]] = None


print(get_type_hints(Config), Config.__annotations__)
print(typing.get_type_hints(Config, include_extras=True) == get_type_hints(Config))


class Base:
    x: int


class Child(Base):
    y: "str"


print(get_type_hints(Child), Child.__annotations__)
mod_hints = get_type_hints(__import__(__name__))
print(sorted(mod_hints))
try:
    get_type_hints(42)
except TypeError as e:
    print("TypeError", e)


def bad(x: "Undefined") -> None:
    pass


try:
    get_type_hints(bad)
except NameError as e:
    print("NameError", e)
print(get_type_hints(bad, localns={"Undefined": float}))
