# Equality compares values of equal keys, in the first dict's order; other comparisons fail.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    __hash__ = None


print({1: V(1), 2: V(2)} == {2: V(2), 1: V(1)})
print({1: V(1), 2: V(2)} == {1: V(0), 2: V(2)})
print({1: 1} == {1: 1, 2: 2}, {} == {}, {1: 2} != {1: 2.0}, {1: 2} == {True: 2})
try:
    {} < {}
except TypeError as e:
    print(e)
print({1: float("nan")} == {1: float("nan")})
n = float("nan")
print({1: n} == {1: n})
