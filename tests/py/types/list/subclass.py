# Subclasses of list keep list behaviour and can override it.
import sys


class L(list):
    def append(self, x):
        super().append(x * 10)


l = L([1, 2])
l.append(3)
l.extend([4])
print(l, type(l).__name__, len(l), isinstance(l, list))
print(l + [5], type(l + [5]).__name__, l[:1], type(l[:1]).__name__)


class Named(list):
    pass


n = Named(range(3))
n.tag = "x"
print(n, n.tag, n == [0, 1, 2], sorted(n, reverse=True))
print(list(n), repr(n))
