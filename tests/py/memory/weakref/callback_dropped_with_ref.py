# A callback whose weakref died first is never called.
import weakref


class A:
    pass


a = A()
r1 = weakref.ref(a, lambda wr: print("r1 callback"))
r2 = weakref.ref(a, lambda wr: print("r2 callback"))
del r1
del a
print("end")
