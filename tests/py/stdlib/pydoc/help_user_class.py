import sys, os
def greet(name: str, times: int = 1) -> str:
    """Return a greeting.

    Repeats it `times` times."""
    return ("hi " + name + " ") * times
class Animal:
    """An animal."""
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self):
        """Make a sound."""
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
help(greet)
help(Dog)
print(dir(Dog)[-4:], [a for a in dir(Dog()) if not a.startswith("__")] if False else "", vars(Dog("rex")))
print(greet.__doc__, greet.__annotations__, greet.__defaults__, greet.__code__.co_varnames, greet.__name__, greet.__qualname__, greet.__module__)
print(Dog.__bases__, Dog.__mro__, Dog.speak.__qualname__, isinstance(Dog("a"), Animal), issubclass(bool, int), type(len), type(Dog.speak), type(Dog("a").speak))
print(callable(Dog), hasattr(Dog, "sound"), getattr(Dog, "nope", 42), id(Dog) == id(Dog), sys.getsizeof([1, 2, 3]), sys.getsizeof("abc"), sys.getsizeof({}))
print(globals()["greet"] is greet, sorted(k for k in locals() if not k.startswith("__"))[:5])
help(len)
help("keywords") if False else None
print(__name__, __file__ == os.path.abspath(sys.argv[0]), sys.argv[1:], __doc__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__))
