import sys

# A closure keeps its free variables in cell objects.


def make_counter():
    count = 0
    data = [1, 2, 3]

    def inc():
        nonlocal count
        count += 1
        return count, len(data)

    return inc


c = make_counter()
print(c(), c())
cells = c.__closure__
print(len(cells), [type(x).__name__ for x in cells])
print([x.cell_contents for x in cells])
lst = cells[1].cell_contents
print("refs to the captured list:", sys.getrefcount(lst) - 1)
c2 = make_counter()
print("separate cells:", c.__closure__[0] is not c2.__closure__[0])
del c
print("refs after the closure is gone:", sys.getrefcount(lst) - 1)
