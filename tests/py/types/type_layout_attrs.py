class C: pass
class S: __slots__ = ('a', 'b')
class SW: __slots__ = ('a', '__weakref__')
class SD: __slots__ = ('__dict__',)
class I(int): pass
class T(tuple): pass
class L(list): pass
class E(Exception): pass
class D(C): pass
class F(float): pass
for t in (C, S, SW, SD, I, T, L, E, D, F, int, list, type, object, Exception, type(len), type(lambda: 0),
          dict, str, float, property, staticmethod):
    print(t.__name__, t.__dictoffset__, t.__weakrefoffset__, t.__basicsize__, t.__itemsize__)
class A:
    x: int = 1
    y: str
print(A.__annotations__, C.__annotations__, C.__dict__.get('__annotations__'), D.__annotations__ is C.__annotations__)
class B(A): pass
print(B.__annotations__, B.__annotations__ is A.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError:", e)
C.__annotations__ = {'a': int}
print(C.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(C.__annotations__)
def f(): pass
print(f.__annotations__, type.__dict__['__annotations__'], type.__dict__['__dictoffset__'])
print("__annotations__" in dir(type), "__dictoffset__" in dir(type), "__weakrefoffset__" in dir(type))
