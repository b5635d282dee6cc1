# Special methods called by the interpreter receive `self` without a bound method in between.
import sys


class S:
    def __repr__(self):
        print("__repr__:", sys.getrefcount(self))
        return "S"

    def __len__(self):
        print("__len__:", sys.getrefcount(self))
        return 0

    def __eq__(self, other):
        print("__eq__:", sys.getrefcount(self))
        return True

    def __hash__(self):
        print("__hash__:", sys.getrefcount(self))
        return 1

    def __getitem__(self, i):
        print("__getitem__:", sys.getrefcount(self))
        return i

    def __iter__(self):
        print("__iter__:", sys.getrefcount(self))
        return iter(())

    def __call__(self):
        print("__call__:", sys.getrefcount(self))

    def __del__(self):
        print("__del__:", sys.getrefcount(self))


s = S()
repr(s)
len(s)
s == s
hash(s)
s[0]
iter(s)
s()
bool(s)
del s
