# typing-heavy code: Protocol (runtime_checkable), TypedDict, NamedTuple with methods, Generic
# classes with TypeVar bounds, Literal/Union/Optional/Callable annotations, get_type_hints,
# cast, overload, and isinstance checks, in a small typed inventory system.
import sys
from dataclasses import dataclass
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, Literal, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload, runtime_checkable)

# tests/py/bench_like/typing_heavy.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 8000

T = TypeVar("T")
K = TypeVar("K", bound="Hashable")
N = TypeVar("N", int, float)


@runtime_checkable
class Priced(Protocol):
    def price(self) -> float: ...


class Hashable(Protocol):
    def __hash__(self) -> int: ...


class Item(NamedTuple):
    name: str
    qty: int = 1
    unit: float = 1.0

    def price(self) -> float:
        return self.qty * self.unit


class Order(TypedDict, total=False):
    id: int
    items: List[Item]
    note: Optional[str]


class Stack(Generic[T]):
    kind: ClassVar[str] = "stack"

    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, x: T) -> "Stack[T]":
        self._items.append(x)
        return self

    def pop(self) -> T:
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class Box(Generic[N]):
    value: N

    def scale(self, k: N) -> "Box[N]":
        return Box(self.value * k)


@overload
def total(x: int) -> int: ...
@overload
def total(x: List[int]) -> int: ...
def total(x: Union[int, List[int]]) -> int:
    return x if isinstance(x, int) else sum(x)


def apply(f: Callable[[Item], float], items: List[Item]) -> float:
    return sum(f(i) for i in items)


Mode = Literal["fast", "slow"]


def run(mode: Mode, orders: List[Order]) -> Dict[str, Any]:
    stats: Dict[str, Any] = {"n": 0, "value": 0.0, "priced": 0}
    for o in orders:
        stats["n"] += 1
        for it in o.get("items", []):
            if isinstance(it, Priced):
                stats["priced"] += 1
            stats["value"] += it.price()
    return stats


def main():
    orders: List[Order] = []
    for i in range(SCALE):
        items = [Item(f"i{j}", j + 1, (i + j) % 7 + 0.5) for j in range(i % 5)]
        o: Order = {"id": i, "items": items}
        if i % 4 == 0:
            o["note"] = None
        orders.append(o)
    print(run("fast", orders))
    s: Stack[int] = Stack()
    for i in range(SCALE):
        s.push(i).push(i * 2)
    acc = 0
    while len(s) > 1:
        acc += s.pop() - s.pop()
    print(acc, Stack.kind, Stack[int].__origin__ is Stack, total(5) + total([1, 2, 3]))
    boxes = [Box(i).scale(3) for i in range(SCALE)]
    print(sum(b.value for b in boxes), Box(1.5).scale(2.0))
    print(apply(Item.price, orders[-1]["items"]), cast(int, "not checked"), Item._fields, Item("x")._replace(qty=4))
    print(get_type_hints(Item), Order.__required_keys__, sorted(Order.__optional_keys__), Order.__total__)
    print(get_origin(List[int]), get_args(Dict[str, Tuple[int, ...]]), get_args(Optional[int]), get_origin(Mode))
    print(Union[int, str] == Union[str, int], Optional[int], List[Stack[int]], Callable[[int], str], T, N.__constraints__)
    print(isinstance(Item("a"), Priced), isinstance(3, Priced), get_type_hints(run), K.__bound__)


main()
