# Releasing one object can cascade: each __del__ runs when its count reaches zero.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


chain = Node("n0", Node("n1", Node("n2", Node("n3"))))
print("dropping the head")
chain = None
print("-- tree")
tree = Node("root", [Node("leftleaf"), Node("mid", Node("midchild")), Node("rightleaf")])
del tree
print("end")
