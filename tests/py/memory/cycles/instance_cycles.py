# Cycles through instance attributes.
import gc


class Node:
    pass


gc.collect()
a = Node()
a.me = a
del a
print("self-referencing instance:", gc.collect())
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
print("two instances:", gc.collect())
nodes = [Node() for _ in range(10)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 10]
del nodes, n
print("ring of ten:", gc.collect())
