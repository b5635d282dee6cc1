# Finalizer order in a collection follows the collector's list order (allocation order here).
import gc


class N:
    __slots__ = ("name", "next", "__weakref__")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


gc.collect()
nodes = [N(c) for c in "abcdef"]
order = [3, 1, 5, 0, 2, 4]
for i, j in zip(order, order[1:] + order[:1]):
    nodes[i].next = nodes[j]
del nodes, i, j
print("collected:", gc.collect())
