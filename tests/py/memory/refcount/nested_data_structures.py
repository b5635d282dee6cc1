# Counting references in nested data.
import sys


class Leaf:
    pass


leaf = Leaf()
tree = {"a": [leaf, {"b": (leaf, leaf)}], "c": {leaf}}
print("leaf refs:", sys.getrefcount(leaf))
inner = tree["a"][1]
print("inner dict refs:", sys.getrefcount(inner))
tree["a"].pop()
print("after pop, inner held only by name:", sys.getrefcount(inner), "leaf:", sys.getrefcount(leaf))
del inner
print("inner gone:", sys.getrefcount(leaf))
