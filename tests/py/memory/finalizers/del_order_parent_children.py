# A parent's __del__ runs before its children are released.
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __del__(self):
        print("__del__", self.name, "children alive:", [c.name for c in self.children])


root = Node("root", [Node("c1", [Node("g1")]), Node("c2")])
del root
print("end")
