# Keys with equal hashes: __eq__ is called along the probe sequence, in CPython's order.
class H:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name

    def __repr__(self):
        return self.name


d = {}
for name, h in [("a", 1), ("b", 1), ("c", 9), ("d", 1), ("e", -1), ("f", 2**62), ("g", 1)]:
    d[H(name, h)] = name
print(d)
print(d[H("d", 1)], H("zz", 1) in d, H("f", 2**62) in d)
del d[H("b", 1)]
print(H("g", 1) in d, d)
