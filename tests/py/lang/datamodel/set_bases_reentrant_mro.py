# A metaclass's mro() that assigns __bases__ while an outer `C.__bases__ = ...` recomputes the
# MRO (reentrance, CPython's type_set_bases): the inner assignment wins, and the outer one must
# not then move C into the subclass list of the bases it replaced. Done wrong, B1 keeps C as a
# subclass, `B1.__bases__ = (C,)` makes a subclass cycle, and the classes break whatever walks
# them later (the gc, deallocation) with a RecursionError (CPython's test_descr MroTest).
import gc


def depth():
    n = 0

    def f():
        nonlocal n
        n += 1
        f()

    try:
        f()
    except RecursionError:
        pass
    return n


def scenario(error_path):
    ready = False

    class M(type):
        def mro(cls):
            nonlocal ready
            if ready and cls.__name__ == "C":
                ready = False
                C.__bases__ = (B2,)
                if error_path:
                    raise TypeError("mro failed")
            return type.mro(cls)

    class A(metaclass=M):
        pass

    class B1(A):
        pass

    class B2(A):
        pass

    class C(A):
        pass

    ready = True
    try:
        C.__bases__ = (B1,)
    except TypeError as e:
        print("TypeError:", e)
    print(C.__bases__, C.__mro__)
    print(B1.__subclasses__(), B2.__subclasses__())
    B1.__bases__ = (C,)
    print(B1.__bases__, B1.__mro__)
    print(C.__subclasses__(), A.__subclasses__())
    print(B1.__subclasses__(), B2.__subclasses__())


start = depth()
for i in range(30):
    scenario(i % 2 == 1)
    if i < 2:
        print("collected", gc.collect() > 0)
gc.collect()
print(depth() == start)
