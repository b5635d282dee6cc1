# Objects with __del__ in a cycle are finalized by the collector, then the cycle is broken.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "peer is", self.peer.name)


gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("collecting")
n = gc.collect()
print("collected", n)
print("garbage:", gc.garbage)
