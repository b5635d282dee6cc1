import gc

print(gc.get_count())


def area(w, h):
    return w * h


def perimeter(w, h):
    return 2 * (w + h)


def describe(shape, *args, **kwargs):
    print(shape, args, sorted(kwargs))


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Shape(%r)" % self.name


class Square(Shape):
    sides = 4

    def area(self, s):
        return s * s


class Triangle(Shape):
    sides = 3


GREETING = "hello"
LIMITS = (1, 10, 100)
RATE = 0.25
items = [1, 2, 3]
table = {"a": 1, "b": 2}
print(area(2, 3), perimeter(2, 3), Square("sq").area(3), LIMITS, RATE)
print(gc.get_count())
