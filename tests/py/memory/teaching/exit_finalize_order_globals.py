import sys
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        g = self.g
        print("del", self.name, type(g.get("container")).__name__, type(g.get("last")).__name__, sys.getrefcount(self))


first = Tracked("first")
container = [Tracked("in list 1"), Tracked("in list 2")]
last = Tracked("last")
for o in [first, last] + container:
    o.g = globals()
