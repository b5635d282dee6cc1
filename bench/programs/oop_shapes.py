# Class-heavy OOP: inheritance, super(), properties, attribute reads and writes, method calls.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.name + ":" + str(round(self.area(), 2))


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    @property
    def perimeter(self):
        return 2 * math.pi * self.r


class Scene:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def total_area(self):
        total = 0.0
        for s in self.shapes:
            total += s.area()
        return total

    def total_perimeter(self):
        return sum(s.perimeter for s in self.shapes)

    def grow(self, k):
        for s in self.shapes:
            if isinstance(s, Circle):
                s.r += k
            else:
                s.w += k
                s.h += k


checksum = 0.0
for round_ in range(400):
    scene = Scene()
    for i in range(1500):
        m = i % 3
        if m == 0:
            scene.add(Rect(i % 7 + 1, i % 5 + 1))
        elif m == 1:
            scene.add(Square(i % 4 + 1))
        else:
            scene.add(Circle(i % 3 + 1))
    scene.grow(1)
    checksum += scene.total_area() + scene.total_perimeter()
print(Shape.count, round(checksum, 3), scene.shapes[7].describe())
