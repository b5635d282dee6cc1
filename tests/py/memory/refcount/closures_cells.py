# A closure variable lives in a cell: the cell holds the object, functions hold the cell.
import sys


class Obj:
    pass


def make():
    o = Obj()
    print("local in cell:", sys.getrefcount(o))

    def inner():
        return o

    def inner2():
        return o

    print("after two closures:", sys.getrefcount(o))
    return inner, inner2


f, g = make()
print("closed-over object:", sys.getrefcount(f()))
cell = f.__closure__[0]
print("cell shared:", cell is g.__closure__[0], sys.getrefcount(cell))
del g
print("after del g:", sys.getrefcount(cell))
obj = cell.cell_contents
print("via cell_contents:", sys.getrefcount(obj))


def counter():
    n = [0]

    def inc():
        n[0] += 1
        return n

    return inc


inc = counter()
lst = inc()
print("list in cell:", sys.getrefcount(lst))
lst2 = inc()
print("same list:", lst is lst2, sys.getrefcount(lst))


def outer():
    value = Obj()

    def middle():
        def innermost():
            return value

        return innermost

    return middle()


h = outer()
print("nested closure:", sys.getrefcount(h()))
