# Entries are released in insertion order (key, then value) when a dict dies or is cleared.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self is other


d = {D("k1"): D("v1"), D("k2"): D("v2")}
print("drop")
del d
d = {1: D("a"), 2: D("b"), 3: D("c")}
print("clear")
d.clear()
d = {1: D("x")}
print("replace")
d[1] = D("y")
print("pop")
d.pop(1)
print("end")
