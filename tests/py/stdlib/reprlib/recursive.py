# reprlib.recursive_repr guards self-referencing __repr__
import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "node repr"
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))


class Bag(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self) -> str:
        return "Bag" + list.__repr__(self)


bag = Bag([1, 2])
bag.append(bag)
print(repr(bag), str(bag))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)
print(Bag.__repr__.__annotations__, Node.__repr__.__annotations__)


class Bad:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError("boom")


try:
    repr(Bad())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    repr(Bad())
except RuntimeError as e:
    print("again", e)
