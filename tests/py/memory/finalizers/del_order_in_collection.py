# In one collection, every finalizer runs before any object is cleared.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.alive = True

    def __del__(self):
        print("__del__", self.name, "sees peer alive:", self.peer.alive)
        self.alive = False


gc.collect()
nodes = [Node(str(i)) for i in range(4)]
for i, n in enumerate(nodes):
    n.peer = nodes[(i + 1) % 4]
del nodes, n
print("collected:", gc.collect())
