import functools
import collections.abc as cabc

@functools.singledispatch
def kind(obj):
    return "object"
@kind.register(cabc.Mapping)
def _(obj):
    return "mapping"
@kind.register(cabc.Sequence)
def _(obj):
    return "sequence"
@kind.register(cabc.Iterable)
def _(obj):
    return "iterable"
print(kind({}), kind([]), kind(()), kind("s"), kind({1}), kind(iter([])), kind(5))
class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        return k
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
print(kind(MyMap()))
class Registered:
    pass
cabc.Sequence.register(Registered)
print(kind(Registered()))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
@functools.singledispatch
def hier(x):
    return "base"
hier.register(A, lambda x: "A")
print(hier(C()), hier(B()))
hier.register(B, lambda x: "B")
print(hier(C()), hier(A()))
print(functools._c3_mro(C) == list(C.__mro__), [c.__name__ for c in functools._compose_mro(C, [A, B])])
class Sized2:
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
@functools.singledispatch
def amb(x):
    return "base"
amb.register(cabc.Sized, lambda x: "sized")
amb.register(cabc.Container, lambda x: "container")
try:
    amb(Sized2())
except RuntimeError as e:
    print("RuntimeError", e)
