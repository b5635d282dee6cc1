# A callback can be the only owner of things it closes over; the weakref owns the callback.
import sys
import weakref


class A:
    pass


class Data:
    def __del__(self):
        print("Data freed")


def make(target):
    data = Data()
    return weakref.ref(target, lambda wr: print("callback sees data:", type(data).__name__))


a = A()
r = make(a)
print("callback holds data")
del a
print("after target death (callback dropped, data freed)")
del r
print("end")
