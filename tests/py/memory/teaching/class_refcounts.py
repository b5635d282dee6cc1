import sys

# A class is referenced by its module, its own __mro__, descriptors it owns, and every instance.


class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    pass


print("Animal:", sys.getrefcount(Animal))
print("Dog:", sys.getrefcount(Dog))
pets = [Dog() for _ in range(5)]
print("Dog with 5 instances:", sys.getrefcount(Dog))
del pets
print("instances gone:", sys.getrefcount(Dog))
print(sys.getrefcount(Dog.__mro__), len(Dog.__mro__))


class Slotted:
    __slots__ = ("a",)


print("Slotted:", sys.getrefcount(Slotted))
m = Dog().speak
print("bound method keeps the instance, not an extra class ref:", sys.getrefcount(Dog))
