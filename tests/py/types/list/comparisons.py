# Rich comparison of lists: element-wise with ==, the first difference decides.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 5], [1, 2] == [1, 2], [1] != [1.0])
print([E(1), E(2)] < [E(1), E(3)])
print([E(1)] == [E(1), E(2)])
a = E(5)
print([a] == [a])
print([1, [2, [3]]] == [1, [2, [3]]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n])
print([1, 2, 3] <= [1, 2, 3], [3] >= [2, 9])
