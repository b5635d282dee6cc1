# fields, asdict, astuple, replace, is_dataclass
from collections import namedtuple
from dataclasses import asdict, astuple, dataclass, field, fields, is_dataclass, replace

Pair = namedtuple("Pair", "a b")


@dataclass
class Leaf:
    value: int
    extra: Pair = field(default_factory=lambda: Pair(1, [2]))


@dataclass
class Tree:
    name: str
    leaves: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    pair: tuple = (1, 2)


t = Tree("root", [Leaf(1), Leaf(2)], {"k": Leaf(3)})
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: sorted(kv)), astuple(Leaf(5), tuple_factory=list))
d = asdict(t)
print(d["leaves"][0] is not t.leaves[0], type(d["leaves"][0]["extra"]).__name__)
print(replace(t, name="other"), replace(Leaf(1), value=9))
print(is_dataclass(t), is_dataclass(Tree), is_dataclass(1), is_dataclass(dict))
print([f.name for f in fields(Tree)], [f.name for f in fields(t)])
for bad in (lambda: asdict(1), lambda: astuple(Tree), lambda: replace(3), lambda: fields(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=0)


try:
    replace(NoInit(1), b=2)
except ValueError as e:
    print("ValueError", e)
print(replace(NoInit(1), a=5))
