import operator
class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1
m = MyInt(7)
print(operator.index(m), m.__index__(), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9][m], hex(m), bin(m), oct(m), range(10)[m])
print(repr(operator.index(True)), type(operator.index(False)), [10, 20][True], hex(True), (5).__index__(), True.__index__())
class E(int):
    pass
print(type(operator.index(E(3))), operator.index(E(3)), "abc"[E(1)], bin(E(2)), range(E(4)), "xy" * E(2))
