# A callback may create new weak references to other objects.
import weakref


class A:
    pass


other = A()
created = []


def cb(wr):
    created.append(weakref.ref(other, lambda r: print("second-level callback")))
    print("callback made a new ref, count on other:", weakref.getweakrefcount(other))


a = A()
r = weakref.ref(a, cb)
del a
print("dropping other")
del other
print("end")
