# Exceptions, their arguments, and the name bound by `except ... as e`.
import sys


class Payload:
    pass


p = Payload()
print("start:", sys.getrefcount(p))
try:
    raise ValueError(p)
except ValueError as e:
    print("in handler, payload:", sys.getrefcount(p))
    print("in handler, exception:", sys.getrefcount(e))
    saved = e
print("after handler, payload:", sys.getrefcount(p))
print("saved exception:", sys.getrefcount(saved))
del saved
print("exception released:", sys.getrefcount(p))


def raiser():
    raise KeyError(p)


try:
    raiser()
except KeyError:
    info = sys.exc_info()
    print("exc_info tuple holds it:", sys.getrefcount(info[1]))
    del info
print("after handler:", sys.getrefcount(p))


class Err(Exception):
    def __init__(self, obj):
        super().__init__()
        self.obj = obj


try:
    raise Err(p)
except Err as err:
    print("exception attribute:", sys.getrefcount(p))
print("after:", sys.getrefcount(p))

try:
    try:
        raise ValueError(p)
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    ctx = t.__context__
    print("context chain keeps first:", type(ctx).__name__, sys.getrefcount(p))
    del ctx
print("chain released:", sys.getrefcount(p))
