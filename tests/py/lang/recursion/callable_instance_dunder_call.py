# A class whose __call__ (or __iter__) is an instance of a class: each call through it goes through
# _PyObject_MakeTpCall, which takes a recursion level, so a loop of them ends in RecursionError at
# the limit (heapstack recursed in the host until its stack ran out: ~20 s and the wrong message).
import sys
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("call", e)
class H:
    pass
H.__hash__ = H()
H.__call__ = lambda self: 5
print(hash(H()))
class K:
    pass
K.__iter__ = A()
try:
    iter(K())
except RecursionError as e:
    print("iter", e)
depth = 0
class Counter:
    def __call__(self, *a):
        global depth
        depth += 1
        return inner(*a)
class Outer:
    pass
Outer.__call__ = Counter()
inner = Outer()
try:
    inner(1)
except RecursionError as e:
    print("mixed", depth, e)
sys.setrecursionlimit(100)
depth = 0
try:
    inner(1)
except RecursionError as e:
    print("mixed 100", depth, e)
