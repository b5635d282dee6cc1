# deque's __getitem__/__setitem__/__delitem__ are the sequence-slot wrappers, as in CPython
# (deque has no mapping slots): called directly, an index too large for a C ssize_t is an
# OverflowError (wrap_sq_item's getindex); a subscription says IndexError.
# The slot wrappers CPython unpacks with PyArg_UnpackTuple(args, "", ...) (__setitem__,
# __set__, __setattr__, __pow__, __get__) start their argument-count message with a space.
from collections import deque

d = deque([10, 20, 30])
print(deque.__getitem__, deque.__setitem__, deque.__delitem__)
print(type(deque.__dict__["__setitem__"]).__name__, "__getitem__" in deque.__dict__)
calls = [
    ("d[2**70]", lambda: d[2**70]),
    ("d[-2**70]", lambda: d[-(2**70)]),
    ("d.__getitem__(2**70)", lambda: d.__getitem__(2**70)),
    ("d.__getitem__(-2**70)", lambda: d.__getitem__(-(2**70))),
    ("d.__setitem__(2**70, 0)", lambda: d.__setitem__(2**70, 0)),
    ("d.__delitem__(2**70)", lambda: d.__delitem__(2**70)),
    ("d[2**70] = 0", lambda: d.__setitem__(2**70, 0) if False else exec("d[2**70] = 0")),
    ("del d[2**70]", lambda: exec("del d[2**70]")),
    ("d['x']", lambda: d["x"]),
    ("d.__getitem__('x')", lambda: d.__getitem__("x")),
    ("d.__setitem__('x', 1)", lambda: d.__setitem__("x", 1)),
    ("d[1:2]", lambda: d[1:2]),
    ("d.__getitem__(5)", lambda: d.__getitem__(5)),
    ("d.__getitem__()", lambda: d.__getitem__()),
    ("d.__setitem__(1)", lambda: d.__setitem__(1)),
    ("d.__delitem__(1, 2)", lambda: d.__delitem__(1, 2)),
    ("deque.__getitem__([], 0)", lambda: deque.__getitem__([], 0)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except Exception as e:
        print(text, "->", type(e).__name__, e)

print(d.__getitem__(-1), d.__getitem__(True), d.__setitem__(-3, 11), d, d.__delitem__(-2), d)
d[0] = 1
del d[-1]
print(d, d[0], d[-1])


class Logged(deque):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 2)


q = Logged("abc")
q[1] = "x"
print(q[1], q[-1], list(q))
try:
    q.__getitem__(2**70)
except OverflowError as e:
    print("OverflowError", e)


class Plain(deque):
    pass


p = Plain(range(5))
p[-1] = 99
del p[0]
print(p, p[3], Plain.__getitem__ is deque.__getitem__)

class D:
    def __get__(s, o, t=None): pass
    def __set__(s, o, v): pass
p = property(lambda s: 1)
for c in [lambda: (2).__pow__(), lambda: (2).__pow__(1,2,3), lambda: object().__setattr__('a'), lambda: p.__set__(1), lambda: p.__get__(), lambda: p.__get__(1,2,3), lambda: p.__delete__(), lambda: object().__delattr__(), lambda: [].__setitem__(1,2,3), lambda: (1).__rpow__()]:
    try: c()
    except TypeError as e: print(repr(str(e)))
