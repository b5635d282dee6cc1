# everyday dataclasses: ordering used for sorting, defaults, validation in __post_init__,
# asdict for serialisation, replace, frozen values as dict keys
import json
from dataclasses import asdict, astuple, dataclass, field, replace, fields


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list[str] = field(default_factory=list, compare=False)
    done: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self):
        if self.priority < 0:
            raise ValueError(f"priority must be >= 0, got {self.priority}")
        self.name = self.name.strip()


tasks = [Task(3, " write "), Task(1, "plan", ["a"]), Task(2, "code"), Task(1, "review")]
print(sorted(tasks))
print(min(tasks), max(tasks).name, Task(1, "x") == Task(1, "y"), Task(1, "x") < Task(2, "a"))
try:
    Task(-1, "bad")
except ValueError as e:
    print("ValueError", e)
print(json.dumps([asdict(t) for t in tasks[:2]]))
print(astuple(tasks[1]), replace(tasks[0], priority=0), tasks[0])


@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


seen = {Point(0, 0): "origin", Point(3, 4): "far"}
print(seen[Point(3.0, 4.0)], Point(1, 2) + Point(2, 2), Point(3, 4).norm, len({Point(1), Point(1.0, 0)}))


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    history: list = field(default_factory=list, repr=False)

    def add(self, name, count=1):
        self.items[name] = self.items.get(name, 0) + count
        self.history.append(("add", name, count))
        return self


inv = Inventory().add("apple", 3).add("pear").add("apple")
print(inv, inv.history, Inventory(), Inventory() == Inventory({}))
print([(f.name, f.type) for f in fields(Inventory)])


@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
print(list(tree.walk()))
print(asdict(tree))
print(tree == Node("root", [Node("a", [Node("a1")]), Node("b")]))
