# Memory freed by the cycle collector is reused too.
import gc


class N:
    __slots__ = ("peer",)


gc.collect()
a = N()
a.peer = a
addr = id(a)
del a
print("not freed yet, new object elsewhere:", id(N()) != addr)
gc.collect()
b = N()
print("after collect the block is reused:", id(b) == addr)
