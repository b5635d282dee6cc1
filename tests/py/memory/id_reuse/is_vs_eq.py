# Identity vs equality, and ids of live objects are unique.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


a = P(1)
b = P(1)
print("equal:", a == b, "identical:", a is b, "ids differ:", id(a) != id(b))
live = [P(i) for i in range(50)]
print("unique ids among live objects:", len({id(o) for o in live}) == 50)
c = a
print("alias same id:", id(c) == id(a))
