# Instances of Python classes are tracked from birth, with or without attributes.
import gc


class A:
    pass


class S:
    __slots__ = ()


class WithInt(int):
    pass


class WithStr(str):
    pass


print("plain:", gc.is_tracked(A()))
print("empty slots:", gc.is_tracked(S()))
print("int subclass:", gc.is_tracked(WithInt(5)))
print("str subclass:", gc.is_tracked(WithStr("x")))
a = A()
a.x = 1
gc.collect()
print("after collect:", gc.is_tracked(a))
