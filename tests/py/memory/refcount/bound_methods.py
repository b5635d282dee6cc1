# A bound method holds the instance and the function.
import sys


class C:
    def m(self):
        return self


c = C()
base = sys.getrefcount(c)
m1 = c.m
print("one bound method:", sys.getrefcount(c) - base)
m2 = c.m
print("two bound methods:", sys.getrefcount(c) - base, m1 is m2, m1 == m2)
del m1, m2
print("deleted:", sys.getrefcount(c) - base)
c.m()
print("called directly:", sys.getrefcount(c) - base)
methods = [c.m for _ in range(5)]
print("five in a list:", sys.getrefcount(c) - base)
del methods
print("list gone:", sys.getrefcount(c) - base)
func = C.m
fbase = sys.getrefcount(func)
bm = c.m
print("function held by bound method:", sys.getrefcount(func) - fbase)
print("__self__ is c:", bm.__self__ is c, "__func__ is C.m:", bm.__func__ is C.m)
