# Functions, classes and generators can be weakly referenced.
import gc
import weakref


def make_func():
    def f():
        return 1

    return f


f = make_func()
rf = weakref.ref(f, lambda r: print("function died"))
del f
print("function ref:", rf())


def gen():
    yield 1


g = gen()
rg = weakref.ref(g, lambda r: print("generator died"))
del g
print("generator ref:", rg())
s = {1, 2}
rs = weakref.ref(s, lambda r: print("set died"))
del s
print("set ref:", rs())
