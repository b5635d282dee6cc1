# A class whose primary base has __slots__ = () gets __dict__ and __weakref__ from a secondary
# base that has them (type_new_slots_impl), with the sizes that follow.
class A(object):
    __slots__ = ()
class B(object):
    pass
class C(A, B):
    __slots__ = ()
print(A.__basicsize__, B.__basicsize__, C.__basicsize__, C.__dictoffset__, B.__dictoffset__, C.__weakrefoffset__, B.__weakrefoffset__)
print(hasattr(C, '__dict__'), hasattr(C, '__weakref__'))
c = C(); c.x = 2; print(c.__dict__)
import sys
print(sys.getsizeof(c), sys.getsizeof(B()))
class W:
    __slots__ = ['__weakref__']
class D:
    __slots__ = ['__dict__']
class C1(W, D):
    __slots__ = []
a = C1()
print(hasattr(a, "__dict__"), hasattr(a, "__weakref__"))
a.foo = 42
print(a.__dict__, C1.__basicsize__, C1.__dictoffset__, C1.__weakrefoffset__, W.__basicsize__, D.__basicsize__, D.__dictoffset__)
print(sys.getsizeof(a))
class C2(D, W):
    __slots__ = ['x']
c2 = C2(); c2.x = 1; c2.y = 2
print(C2.__basicsize__, C2.__dictoffset__, C2.__weakrefoffset__, sys.getsizeof(c2), c2.__dict__)
