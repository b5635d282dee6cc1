# __eq__ is called only on hash collisions, along CPython's probe sequence (9 linear probes).
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


s = set()
for name, h in [("a", 1), ("b", 1), ("c", 2), ("d", 1), ("e", 9), ("f", 1), ("g", 2**62 + 1), ("h", -7)]:
    s.add(H(name, h))
print(s)
print(H("d", 1) in s, H("zz", 1) in s)
s.discard(H("b", 1))
s.add(H("i", 1))
print(s)
