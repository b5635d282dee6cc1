def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base:
    @property
    def name(self): return "base"
class Child(Base):
    @Base.name.getter
    def name(self): return "child"
print(Base().name, Child().name)
class Counter:
    def __init__(self): self._n = 0
    n = property(lambda s: s._n, lambda s, v: setattr(s, "_n", v * 2))
c = Counter()
c.n = 5
print(c.n)
print(property.__doc__ is not None, Counter.n.fdel)
class Abstract:
    import abc
    @property
    @abc.abstractmethod
    def a(self): pass
print(Abstract.a.__isabstractmethod__, property().__isabstractmethod__)
