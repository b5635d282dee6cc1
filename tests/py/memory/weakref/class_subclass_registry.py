# Every class is known to its bases through a weak reference (the registry behind
# __subclasses__()): weakref.getweakrefcount(cls) counts it, weakref.ref(cls) returns it, and a
# class's registry is a dict made at its first subclass and freed with its last.
import gc
import weakref


class Base:
    pass


class Child(Base):
    pass


class Mixin:
    pass


class Both(Child, Mixin):
    pass


print(weakref.getweakrefcount(Base), weakref.getweakrefcount(Child), weakref.getweakrefcount(Both))
r = weakref.ref(Both)
print(weakref.getweakrefcount(Both), r is weakref.ref(Both), r is weakref.getweakrefs(Both)[0])
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Mixin.__subclasses__()])


def make(base, n):
    gc.collect()
    classes = [type("C%d" % i, (base,), {}) for i in range(n)]
    print(base.__name__, n, gc.get_count())
    return classes


class Leaf:
    pass


kept = make(Leaf, 1)
make(Leaf, 3)
del kept
make(Leaf, 1)
make(object, 1)

callbacks = []
Temp = type("Temp", (Base,), {})
watch = weakref.ref(Temp, lambda ref: callbacks.append("Temp died"))
print(weakref.getweakrefcount(Temp), len(Base.__subclasses__()))
del Temp
print("collected", gc.collect(), callbacks, len(Base.__subclasses__()))
print(gc.get_count())
