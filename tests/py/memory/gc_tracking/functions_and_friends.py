# Tracking of code-related objects.
import gc


def f():
    x = 1

    def g():
        return x

    return g


g = f()
print("closure function:", gc.is_tracked(g))
print("cell:", gc.is_tracked(g.__closure__[0]))
print("code object:", gc.is_tracked(f.__code__))


def gen():
    yield 1


it = gen()
print("generator:", gc.is_tracked(it))


class C:
    def m(self):
        pass


print("bound method:", gc.is_tracked(C().m))
import sys

print("module:", gc.is_tracked(sys))
print("frame:", gc.is_tracked(sys._getframe()))
