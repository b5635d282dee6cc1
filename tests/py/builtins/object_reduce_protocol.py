# object.__reduce_ex__ / __reduce__ / __getstate__: the default reductions copy and pickle use.
import copyreg


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2]


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 10


class CustomReduce:
    def __reduce__(self):
        return (CustomReduce, ())


class WithArgs:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


p = Plain()
print(p.__getstate__(), Slotted().__getstate__(), object().__getstate__())
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is Plain, r[2], r[3:])
print(p.__reduce_ex__(4)[2] == p.__dict__)
print(CustomReduce().__reduce_ex__(4))
r0 = p.__reduce_ex__(0)
print(r0[0] is copyreg._reconstructor, r0[1], r0[2])
print(p.__reduce__()[1])
print(WithArgs(5).__reduce_ex__(2)[1][1:], WithArgs(5).__reduce_ex__(2)[2])
print(object.__reduce_ex__ is object.__dict__["__reduce_ex__"], type(object.__getstate__).__name__)
for bad in [lambda: p.__reduce_ex__(), lambda: p.__reduce_ex__("x"), lambda: iter([]).__class__.__reduce_ex__(iter(()), 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
gen = (i for i in ())
try:
    gen.__reduce_ex__(4)
except TypeError as e:
    print("TypeError", e)
print(sorted(m for m in dir(object) if "reduce" in m or "state" in m))
