# An unreachable cycle with a finalizer left at exit is collected during shutdown.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)


x = Node("x")
y = Node("y")
x.other = y
y.other = x
del x, y
keep = Node("global")
print("end of program")
