# copies of builtin subclasses keep their type and attributes
import copy


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


x = L([1, [2]])
x.attr = 5
y = copy.deepcopy(x)
print(type(y).__name__, y, y.attr, y[1] is x[1])
z = D(a=[1])
w = copy.copy(z)
print(type(w).__name__, w, w["a"] is z["a"])
print(type(copy.copy(T((1, 2)))).__name__, copy.copy(T((1, 2))))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = copy.deepcopy(Point(1, [2]))
print(p.x, p.y)
