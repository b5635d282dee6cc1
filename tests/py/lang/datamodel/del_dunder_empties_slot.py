# Deleting a dunder from a class leaves the operation unsupported when no class in the MRO
# defines it any more (CPython empties the slot), and falls back to a base's when one does.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Box:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2])

    def __getitem__(self, i):
        return i * 10

    def __call__(self):
        return "called"

    def __bool__(self):
        return False

    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"

    def __setitem__(self, k, v):
        print("set", k, v)

    def __delitem__(self, k):
        print("del", k)

    def __getattr__(self, name):
        return "dyn:" + name

    def __contains__(self, x):
        return True

    def __neg__(self):
        return "neg"


class Sub(Box):
    pass


b, s = Box(), Sub()
for name in ["__len__", "__iter__", "__call__", "__bool__", "__add__", "__getattr__", "__contains__", "__neg__"]:
    delattr(Box, name)
attempt("len", lambda: len(b))
attempt("len sub", lambda: len(s))
attempt("iter falls back to getitem", lambda: next(iter(b)))
attempt("call", lambda: b())
attempt("bool", lambda: bool(b))
attempt("add", lambda: b + 1)
attempt("radd", lambda: 1 + b)
attempt("getattr", lambda: b.missing)
attempt("contains falls back to iteration", lambda: 10 in b)
attempt("neg", lambda: -s)


def setit():
    b["k"] = 2


def delit():
    del b["k"]


del Box.__setitem__
attempt("setitem, __delitem__ left", setit)
delit()
del Box.__delitem__
attempt("setitem", setit)
attempt("delitem", delit)
del Box.__getitem__
attempt("getitem", lambda: b[0])
attempt("iter", lambda: iter(s))


class Base:
    def __len__(self):
        return 1


class Child(Base):
    def __len__(self):
        return 2


c = Child()
print(len(c))
del Child.__len__
print(len(c))
del Base.__len__
attempt("len child", lambda: len(c))
Base.__len__ = lambda self: 5
print(len(c))
