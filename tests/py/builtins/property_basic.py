def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); del self._x
    ro = property(lambda self: "readonly")
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__, C.x.fget.__name__, C.x.fset is not None)
del c.x
attempt(lambda: c.x)
attempt(setattr, c, "ro", 1)
attempt(delattr, c, "ro")
class N:
    y = property()
attempt(getattr, N(), "y")
attempt(setattr, N(), "y", 1)
attempt(delattr, N(), "y")
p = property(doc="documented")
print(p.__doc__)
print(C.x.getter(lambda s: 1).__doc__)
attempt(property, 1, 2, 3, 4, 5)
attempt(property, foo=1)
class Sub(property): pass
class K:
    @Sub
    def z(self):
        "sub doc"
        return 3
print(K().z, K.z.__doc__)
