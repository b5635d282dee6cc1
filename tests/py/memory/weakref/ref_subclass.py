# Subclasses of weakref.ref can carry extra state.
import weakref


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


class A:
    pass


a = A()
t = Tagged(a, None, tag="hello")
print(t.tag, t() is a, type(t).__name__, isinstance(t, weakref.ref))
print("not the basic ref:", t is not weakref.ref(a))
print("count:", weakref.getweakrefcount(a))
t2 = Tagged(a, lambda r: print("subclass callback", r.tag), tag="cb")
del a
print("after death:", t(), t2())
