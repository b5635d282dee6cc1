class A:
    def __eq__(s, o): pass
print(list(A.__dict__))
class B:
    "doc"
    def __eq__(s, o): pass
print(list(B.__dict__))
class C:
    __slots__ = ("a",)
print(list(C.__dict__))
class D(A):
    x = 1
print(list(D.__dict__))
class E:
    def __new__(cls): return super().__new__(cls)
    def __init_subclass__(cls): pass
print(list(E.__dict__))
class F(Exception):
    pass
print(list(F.__dict__))
class G:
    __slots__ = ("a", "__dict__")
print(list(G.__dict__))
