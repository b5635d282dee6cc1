# Slots a class inherits when a dunder is assigned on its base after subclasses exist, through
# builtin bases (list, int, dict, Exception), __hash__/__eq__ pairs, multiple bases, a __bases__
# change and a metaclass with its own mro(): every new subclass sees the base as it is now.
class A:
    pass
class B(A):
    pass
b1 = B()
A.__eq__ = lambda s, o: "A.eq"
A.__hash__ = lambda s: 7
class C(B):
    pass
print(C() == 1, hash(C()), B() == 2, hash(b1))
A.__len__ = lambda s: 3
class D(B):
    def __getitem__(self, i): return i * 2
print(len(D()), D()[4], len(C()))
class L(list): pass
class L2(L): pass
print(L2([1, 2])[1], len(L2([1])))
L.__getitem__ = lambda s, i: "L"
class L3(L): pass
print(L3([1])[0], L2([1])[0])
class H:
    __hash__ = None
class H2(H): pass
try:
    hash(H2())
except TypeError as e:
    print(e)
class Q:
    def __eq__(self, o): return True
class Q2(Q): pass
try:
    hash(Q2())
except TypeError as e:
    print("Q2", e)
class R:
    def __hash__(self): return 5
class R2(R):
    def __eq__(self, o): return False
try:
    print(hash(R2()))
except TypeError as e:
    print("R2", e)
class I(int): pass
class I2(I):
    def __add__(self, o): return "add"
print(I(3) + 1, I2(3) + 1, 1 + I2(3))
class M1: 
    def __repr__(self): return "M1"
class M2:
    def __str__(self): return "M2"
class MM(M1, M2): pass
class MM2(MM): pass
print(repr(MM2()), str(MM2()))
class X: pass
class Y: 
    def __iter__(self): return iter([1, 2])
class Z(X): pass
Z.__bases__ = (Y,)
class Z2(Z): pass
print(list(Z2()), list(Z()))
class Meta(type):
    def mro(cls):
        return super().mro()
class W(metaclass=Meta):
    def __neg__(self): return "neg"
class W2(W): pass
print(-W2())
class Ex(Exception): pass
class Ex2(Ex):
    def __str__(self): return "ex2"
print(str(Ex2("a")), str(Ex("b")))
class DD(dict):
    def __missing__(self, k): return k
class DD2(DD): pass
print(DD2()["q"])
import enum
class Color(enum.Enum):
    RED = 1
print(Color.RED, Color(1))
# a base that already has subclasses (whose slots were derived from it) changes afterwards
class P:
    pass
class Q(P):
    pass
class Q1(Q):
    pass
P.__len__ = lambda s: 5
class Q2(Q):
    pass
print(len(Q2()), len(Q1()))
Q.__repr__ = lambda s: "Q.repr"
class Q3(Q):
    pass
print(repr(Q3()), repr(Q1()))
P.__call__ = lambda s, *a: ("called", a)
class Q4(Q):
    pass
print(Q4()(1, 2), Q1()(3))
class R1:
    pass
class R2:
    def __neg__(self):
        return "R2.neg"
class S(R1):
    pass
class S1(S):
    pass
S.__bases__ = (R2,)
class S2(S):
    pass
print(-S2(), -S1())
class T(int):
    pass
class T1(T):
    pass
T.__add__ = lambda s, o: "T.add"
class T2(T):
    pass
print(T2(1) + 1, T1(1) + 1, 1 + T2(1))
