# An exception in a weakref callback is reported and the other callbacks still run.
import sys
import weakref

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object is bad_cb)


def bad_cb(wr):
    raise ValueError("bad callback")


class A:
    pass


a = A()
r1 = weakref.ref(a, lambda wr: print("first-registered callback"))
r2 = weakref.ref(a, bad_cb)
r3 = weakref.ref(a, lambda wr: print("last-registered callback"))
del a
print("end")
