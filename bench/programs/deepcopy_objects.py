# copy.deepcopy over nested containers and instances (in the spirit of pyperformance's
# deepcopy): dicts, lists, tuples, sets, a dataclass, reference cycles and shared references,
# __deepcopy__ / __reduce__ hooks, and copy.copy of the same.
import copy
from dataclasses import dataclass, field

import sys

# tests/py/programs/deepcopy_objects.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


@dataclass
class Node:
    name: str
    weight: float
    tags: list = field(default_factory=list)
    children: list = field(default_factory=list)


class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = {"k": [v, v + 1]}

    def __deepcopy__(self, memo):
        c = Custom.__new__(Custom)
        memo[id(self)] = c
        c.v = self.v
        c.cache = copy.deepcopy(self.cache, memo)
        return c


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


def build(i):
    shared = [i, str(i), (i, i * 2.5)]
    root = Node("root%d" % i, i * 0.5, ["a", "b"])
    for j in range(4):
        root.children.append(Node("c%d" % j, j / 3, [shared], [Node("leaf", 1.0)]))
    data = {
        "ints": list(range(20)),
        "nested": {"x": {"y": {"z": [1, 2, {"w": (3, 4, frozenset({5, 6}))}]}}},
        "tuple": (1, "two", 3.0, None, True, b"bytes"),
        "set": {1, 2, 3},
        "shared1": shared,
        "shared2": shared,
        "tree": root,
        "custom": Custom(i),
        "reduced": Reduced(i, [i]),
    }
    data["self"] = data
    return data


total = 0
for i in range(SCALE):
    d = build(i)
    c = copy.deepcopy(d)
    assert c is not d and c["self"] is c
    assert c["shared1"] is c["shared2"] and c["shared1"] is not d["shared1"]
    assert c["tree"].children[0].tags[0] is c["shared1"]
    assert c["nested"] == d["nested"] and c["tuple"] is d["tuple"]
    assert c["custom"].cache == d["custom"].cache and c["custom"] is not d["custom"]
    assert c["reduced"].b == [i] and c["reduced"].b is not d["reduced"].b
    s = copy.copy(d)
    assert s["ints"] is d["ints"]
    total += len(c) + sum(c["ints"]) + c["custom"].v + len(c["tree"].children)
print(total, c["tree"], sorted(c["set"]), c["nested"])
