class C: pass
C.__name__ = "a.b"
print(C.__name__, C.__qualname__, C)
C.__qualname__ = "X.Y"
print(C.__name__, C.__qualname__, repr(C))
for bad in (5, None, "a\0b"):
    try:
        C.__name__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    C.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
def f(): pass
f.__name__ = "g.h"
print(f.__name__, f.__qualname__)
print([].append.__self__ == [], repr([].append)[:40])
l = []
print(repr(l.append) == "<built-in method append of list object at %s>" % hex(id(l)))
d = {}
print(repr(d.get) == "<built-in method get of dict object at %s>" % hex(id(d)))
print(repr(len), repr(str.join), repr(dict.fromkeys) == "<built-in method fromkeys of type object at %s>" % hex(id(dict)))
print(repr(object.__subclasshook__) == "<built-in method __subclasshook__ of type object at %s>" % hex(id(object)), id(int) != id(str) != 0)
import sys
print(repr(sys.getsizeof))

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class D(A): pass
print(D.__bases__, D.__mro__, D().who(), A.__subclasses__(), B.__subclasses__())
D.__bases__ = (B,)
print(D.__bases__, D.__mro__, D().who(), A.__subclasses__(), B.__subclasses__())
D.__bases__ = (A, B)
print(D.__mro__, D().who(), A.__subclasses__(), B.__subclasses__())
class E(D): pass
D.__bases__ = (B,)
print(E.__mro__)
for bad in ((), [A], (5,), (E,), (D,), (int,), A, (A, A)):
    try:
        D.__bases__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del D.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class T(S1): __slots__ = ()
try:
    T.__bases__ = (S2,)
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
try:
    L.__bases__ = (dict,)
except TypeError as e:
    print("TypeError:", e)
try:
    D.__bases__ = (list,)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def mro(cls):
        return [cls] + list(type.mro(cls)[1:])
class M(A, metaclass=Meta): pass
M.__bases__ = (B,)
print(M.__mro__, M().who())
class P: x = 1
class Q: x = 2
class R(P): pass
r = R()
print(r.x)
R.__bases__ = (Q,)
print(r.x, R.x)
print(D.__base__, (object,) == object.__bases__)

class Sized:
    def __len__(self): return 3
    def __eq__(self, o): return "eq"
    __hash__ = None
class Plain:
    pass
class U(Plain): pass
u = U()
try:
    len(u)
except TypeError as e:
    print("TypeError:", e)
print(hash(u) is not None, isinstance(u, Sized))
U.__bases__ = (Sized,)
print(len(u), u == 1, isinstance(u, Sized), issubclass(U, Plain), Sized.__subclasses__(), Plain.__subclasses__())
try:
    hash(u)
except TypeError as e:
    print("TypeError:", e)
U.__bases__ = (Plain,)
try:
    len(u)
except TypeError as e:
    print("TypeError:", e)
print(u == u, hash(u) == hash(u))
class BadMeta(type):
    def mro(cls):
        return [cls, 1]
try:
    class Z(metaclass=BadMeta): pass
except TypeError as e:
    print("TypeError:", e)
