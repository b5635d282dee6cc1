# Tuple comparison: == on items until one differs, then the requested operator on that pair.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v


print((V(1), V(2)) < (V(1), V(3)))
print((V(1), V(2)) > (V(1), V(2)))
print((V(1),) == (V(1), V(2)))
print((1, 2) <= (1, 2), (1, 2) >= (1,), (1, "a") < (1, "b"), (float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), (n, 1) < (n, 2))
