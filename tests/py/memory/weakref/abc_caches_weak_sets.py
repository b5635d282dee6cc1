# Shapes on abc.ABC: what do isinstance/issubclass checks against an ABC leave in memory?
# (the ABC caches are sets of weak references, one callback each, made on first use)
import abc
import gc
import weakref


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Polygon(Shape):
    @abc.abstractmethod
    def sides(self): ...


class Square(Polygon):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def sides(self):
        return 4


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Blob:
    def area(self):
        return 0


def census():
    counts = {}
    for o in gc.get_objects():
        t = type(o)
        counts[t] = counts.get(t, 0) + 1
    return counts


def grown(before, after):
    return sorted((k.__name__, after[k] - before.get(k, 0)) for k in after if after[k] > before.get(k, 0))


print("threshold", gc.get_threshold())
gc.collect()
before = census()
print(gc.get_count())
print(isinstance(Square(2), Shape), isinstance(Circle(1), Polygon))
print(gc.get_count())
print(isinstance(Blob(), Shape), isinstance(Blob(), Shape))
print(gc.get_count())
after = census()
print(grown(before, after))
print("weakrefs to Blob:", weakref.getweakrefcount(Blob))
print("weakrefs to Square:", weakref.getweakrefcount(Square))

Shape.register(Blob)
print(gc.get_count())
print(isinstance(Blob(), Shape), issubclass(Blob, Polygon))
print([len(s) for s in abc._get_dump(Shape)[:3]], weakref.getweakrefcount(Blob))
print(gc.is_tracked(Shape._abc_impl), len(gc.get_referents(Shape._abc_impl)) >= 2)

# A class defined in a function and checked once: it dies with a cycle, and the caches'
# weak references go with it (their callbacks remove the dead entries).
def make_temp():
    class Temp:
        pass
    return Temp

T = make_temp()
print(issubclass(T, Shape), issubclass(T, Polygon), weakref.getweakrefcount(T))
print([len(s) for s in abc._get_dump(Shape)[:3]])
del T
print("collected", gc.collect())
print([len(s) for s in abc._get_dump(Shape)[:3]])
print([len(s) for s in abc._get_dump(Polygon)[:3]])
Shape._abc_caches_clear()
print([len(s) for s in abc._get_dump(Shape)[:3]])
print(gc.get_count())
