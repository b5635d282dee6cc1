# An exception call keeps its argument tuple alive until the call returns (type.__call__ ->
# _PyObject_MakeTpCall): BaseException_new stores that tuple as args, and an __init__ that
# replaces args (Exception.__init__(self, x) stores a new tuple) leaves it alive meanwhile.
# super().__init__(*args) passes the *args tuple itself, which becomes args.
import gc
import sys

rc = sys.getrefcount


class X:
    pass


a = X()
print("base", rc(a))


class Explicit(Exception):
    def __init__(self, x):
        print("explicit before", rc(a), rc(self.args))
        Exception.__init__(self, x)
        print("explicit after", rc(a), rc(self.args))


e = Explicit(a)
print("explicit done", rc(a), rc(e.args))
del e


class Super(Exception):
    def __init__(self, x, y=1):
        super().__init__(x, y)
        print("super", rc(a), rc(self.args))


e = Super(a)
print("super done", rc(a))
del e


class Star(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        print("star", rc(a), rc(args), self.args is args)


e = Star(a, 2)
print("star done", rc(a), rc(e.args))
del e


class New(Exception):
    def __new__(cls, *args):
        print("new", rc(a), rc(args))
        return super().__new__(cls, *args)


e = New(a)
print("new done", rc(a), rc(e.args))
del e


class NewInit(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, x):
        print("newinit", rc(a), rc(self.args))
        super().__init__(x)
        print("newinit after", rc(a), rc(self.args))


e = NewInit(a)
print("newinit done", rc(a))
del e


def raising(x):
    try:
        raise Explicit(x)
    except Explicit as ex:
        print("caught", rc(a), rc(ex.args))


raising(a)
print("after raise", rc(a))
g = BaseExceptionGroup("m", [ValueError(a)])
print("group", rc(a), rc(g.args))
del g
gc.collect()
before = gc.get_count()[0]
for i in range(5):
    Explicit(a)
print("gc count grows by", gc.get_count()[0] - before)
print("end", rc(a))
