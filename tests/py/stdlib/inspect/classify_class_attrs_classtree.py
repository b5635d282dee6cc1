import inspect, enum, types
class Meta(type):
    def meta_method(cls): return 1
    registry = []
class A(metaclass=Meta):
    x = 1
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    __slots__ = ()
class B(A):
    def m(self): pass
    y = [1]
class C(A): pass
class D(B, C):
    @types.DynamicClassAttribute
    def dyn(self): return 3
class Point(tuple):
    __slots__ = ()
    def norm(self): return sum(self)
for klass in (A, D):
    for a in inspect.classify_class_attrs(klass):
        print(klass.__name__, a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
print(inspect.getclasstree([A, B, C, D]))
print(inspect.getclasstree([D, B], unique=True))
print(inspect.getclasstree([D, B, C, A], unique=True))
print(inspect.getclasstree([ValueError, KeyError, LookupError, IndexError, Exception, int, bool]))
print(inspect.Attribute)
