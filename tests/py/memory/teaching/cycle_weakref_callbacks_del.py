import gc
import weakref

# In a collected cycle: weak references are cleared (callbacks run) before __del__ runs.


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = Node("a")
b = Node("b")
a.b = b
b.a = a
ra = weakref.ref(a, lambda r: print("callback for a"))
rb = weakref.ref(b, lambda r: print("callback for b"))
del a, b
print("collecting")
print("found", gc.collect())
print(ra(), rb())
