# the generated __repr__ shows recursion as ...; nested dataclasses
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)


@dataclass
class Loop:
    me: object = None


lp = Loop()
lp.me = lp
print(lp)
a = Loop()
b = Loop(a)
a.me = b
print(a)


@dataclass
class Named:
    self: int
    other: int = 0


print(Named(1), Named(self=2))
