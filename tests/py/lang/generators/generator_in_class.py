class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
print(list(t))
for depth, v in t.depth_first():
    print("  " * depth + v)
print(list(t.leaves()))
