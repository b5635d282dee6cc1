# What an isinstance() check against an ABC allocates: the ABC's caches are sets of weak
# references (a set on first use, then per class a weak reference whose callback is a builtin
# bound to a weak reference to the set), and a check that walks the ABC's subclasses also
# leaves one string behind: CPython's C code calls PyObject_CallMethod(cls, "__subclasses__"),
# a new str each time, which the method cache keeps.
# A check that walks the subclasses is counted by the weak references it adds to the negative
# caches, not in blocks: how many blocks python3 keeps there depends on the tuple free list and
# the method cache entries python3's start left, which move with the size of the environment
# (four of these eight counts changed over ten environment sizes).
import abc
import sys


def blocks(label, check):
    before = sys.getallocatedblocks()
    result = check()
    after = sys.getallocatedblocks()
    print(label, result, after - before - 1)  # the lambda itself is one block


def negative_cache_sizes():
    return [len(abc._get_dump(cls)[2]) for cls in (Shape, Polygon, Square)]


def walk(label, check):
    before = negative_cache_sizes()
    result = check()
    after = negative_cache_sizes()
    print(label, result, [a - b for a, b in zip(after, before)])


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Polygon(Shape):
    pass


class Square(Polygon):
    def area(self):
        return 4


class Point:
    pass


walk("int vs Shape, first", lambda: isinstance(3, Shape))
blocks("int vs Shape, again", lambda: isinstance(3, Shape))
walk("float vs Shape", lambda: isinstance(1.5, Shape))
walk("Point vs Shape", lambda: isinstance(Point(), Shape))
blocks("Square vs Shape", lambda: isinstance(Square(), Shape))
blocks("Square vs Shape, again", lambda: isinstance(Square(), Shape))
blocks("int vs Polygon", lambda: isinstance(7, Polygon))
walk("bytes vs Shape", lambda: issubclass(bytes, Shape))
print(sorted(w().__name__ for w in abc._get_dump(Shape)[2]))
print(sorted(w().__name__ for w in abc._get_dump(Polygon)[2]))
