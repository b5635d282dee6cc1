# Two classes whose instances have the same size share freed blocks.
class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


a = A()
addr = id(a)
del a
b = B()
print("B reuses A's block:", id(b) == addr)
