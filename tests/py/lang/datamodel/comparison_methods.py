class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"))

class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("Reflect.__gt__")
        return self.v > other
print(3 < Reflect(5))
