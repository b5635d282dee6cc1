# register() makes virtual subclasses; issubclass/isinstance with caches
import abc


class Drawable(abc.ABC):
    pass


class Circle:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Circle.__mro__)


@Drawable.register
class Square:
    pass


class Tiny(Square):
    pass


print(Square.__name__, issubclass(Tiny, Drawable), isinstance(3, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), issubclass(bool, Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError", e)


class Child(Drawable):
    pass


try:
    Child.register(Drawable)
except RuntimeError as e:
    print("RuntimeError", e)
print(Drawable.register(Child) is Child, abc.get_cache_token() == abc.get_cache_token())
