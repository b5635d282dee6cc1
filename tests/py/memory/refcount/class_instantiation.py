# __init__ and __new__ receive the new object; counts after construction.
import sys


class C:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        print("in __new__:", sys.getrefcount(obj))
        return obj

    def __init__(self, x):
        print("in __init__:", sys.getrefcount(self))
        self.x = x


class Arg:
    pass


arg = Arg()
c = C(arg)
print("constructed:", sys.getrefcount(c), "arg:", sys.getrefcount(arg))
