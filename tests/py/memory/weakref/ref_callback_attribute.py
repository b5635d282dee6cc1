# __callback__ holds the callback until the referent dies.
import weakref


class A:
    pass


def cb(r):
    print("called; __callback__ now:", r.__callback__)


a = A()
r = weakref.ref(a, cb)
print("callback stored:", r.__callback__ is cb)
plain = weakref.ref(a)
print("plain ref:", plain.__callback__)
del a
print("after death:", r.__callback__)
