import sys
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass
from enum import Enum


def func(a, b=1):
    return a + b


class Plain:
    pass


Point = namedtuple("Point", "x y")


@dataclass
class DC:
    x: int
    y: int


class Color(Enum):
    RED = 1


def gen():
    yield 1


d = {"a": 1, "b": 2}
objects = [
    ("function", func),
    ("class", Plain),
    ("instance", Plain()),
    ("module", sys),
    ("generator", gen()),
    ("range", range(10)),
    ("slice", slice(1, 2)),
    ("property", property(lambda self: 1)),
    ("bound method", Plain().__init__),
    ("builtin", len),
    ("keys view", d.keys()),
    ("items view", d.items()),
    ("list iterator", iter([1, 2])),
    ("deque", deque(range(10))),
    ("defaultdict", defaultdict(list, d)),
    ("OrderedDict", OrderedDict(d)),
    ("Counter", Counter("hello")),
    ("namedtuple", Point(1, 2)),
    ("dataclass", DC(1, 2)),
    ("enum member", Color.RED),
    ("None", None),
    ("Ellipsis", ...),
    ("type", type),
    ("object()", object()),
    ("complex", 1 + 2j),
    ("frozenset()", frozenset()),
    ("zip", zip([1], [2])),
    ("map", map(str, [1])),
    ("enumerate", enumerate([1])),
    ("reversed", reversed([1, 2])),
    ("staticmethod", staticmethod(func)),
    ("cell", func.__code__),
]
for name, obj in objects:
    print(name, sys.getsizeof(obj))
