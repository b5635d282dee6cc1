# The __class__ cell of a class body is filled before the class's MRO is computed, as CPython's
# type_new sets __classcell__ before PyType_Ready: a metaclass's mro() may already call a method
# that reads __class__ (issue #23722). A __classcell__ that is not a cell names the type's repr.
try:
    type('A', (), {'__classcell__': 1})
except TypeError as e:
    print(e)
seen = []
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A(metaclass=Meta):
    def f():
        seen.append(__class__)
    def g(self):
        return super().__repr__()[:3], __class__.__name__
print(seen, seen[0] is A, A().g())
class B:
    def h(self):
        return __class__
print(B().h() is B)
