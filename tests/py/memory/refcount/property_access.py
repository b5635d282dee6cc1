# Properties compute on access; the result is a new reference for the caller.
import sys


class Thing:
    pass


t = Thing()


class P:
    @property
    def t(self):
        return t

    @property
    def fresh(self):
        return Thing()


p = P()
print("property returning a global:", sys.getrefcount(t))
got = p.t
print("after taking it:", sys.getrefcount(t))
print("fresh object each time:", p.fresh is not p.fresh, sys.getrefcount(p.fresh))
