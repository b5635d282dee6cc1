# sys.getrefcount itself adds exactly one reference for its argument.
import sys


class A:
    pass


a = A()
print(sys.getrefcount(a))
print(sys.getrefcount(A()))
print(sys.getrefcount([]))
lst = [a]
print(sys.getrefcount(lst[0]))
print(sys.getrefcount(lst))
