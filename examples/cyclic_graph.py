# Reference cycles: tree nodes that point to their parent, and a doubly linked list.
# Dropping the last outside reference leaves each structure alive through its own cycles
# until the cyclic garbage collector finds it.
# Run: heapstack run --report examples/cyclic_graph.py
import gc


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


class Link:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def build_tree(depth, fanout, parent=None, name="root"):
    node = Node(name, parent)
    if depth > 0:
        for i in range(fanout):
            build_tree(depth - 1, fanout, node, name + "." + str(i))
    return node


def build_chain(n):
    head = Link(0)
    tail = head
    for i in range(1, n):
        link = Link(i)
        link.prev = tail
        tail.next = link
        tail = link
    return head


for round in range(3):
    tree = build_tree(2, 3)
    chain = build_chain(20)
    print("round", round, "tree children:", len(tree.children), "chain head:", chain.value)
    del tree, chain
    gc.collect()  # finds the tree and the chain, each kept alive by its own cycles
