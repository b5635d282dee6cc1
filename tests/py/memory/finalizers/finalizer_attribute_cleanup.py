# After finalization, tp_clear drops the instance's attributes: a second object can observe it.
import gc


class Observer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("observer", self.name, "released")


class Node:
    def __del__(self):
        print("node __del__, observer still attached:", hasattr(self, "obs"))


gc.collect()
n = Node()
n.obs = Observer("o1")
n.me = n
del n
print("collect:", gc.collect())
