# ABC with abstract methods: instantiation errors, partial implementations
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


try:
    Shape()
except TypeError as e:
    print("TypeError", e)
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__, type(Shape))


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Square(Half):
    def perimeter(self):
        return 4


print(Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape))
