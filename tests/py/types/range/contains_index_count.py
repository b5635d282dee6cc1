# `in`, index() and count(): O(1) for ints and bools, iteration with == for anything else.
r = range(1, 20, 3)
print([x in r for x in [1, 2, 4, 19, 20, -2, True, False, 4.0, 4.5, "4"]])
print(r.index(7), r.index(True), r.count(10), r.count(11), r.count(10.0), range(10).count(True))


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other


print(Eq(4) in range(3, 6), range(3, 6).index(Eq(5)), range(3).count(Eq(1)))
for bad in [100, 2.5, "x"]:
    try:
        r.index(bad)
    except ValueError as e:
        print(e)
print(range(10, 0, -3).index(4), range(0, -10, -1).index(-9), -5 in range(0, -10, -1))
