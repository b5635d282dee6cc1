# __slots__ members hold references like attributes.
import sys


class S:
    __slots__ = ("a", "b")


class V:
    pass


v = V()
s = S()
s.a = v
s.b = v
print("two slots:", sys.getrefcount(v))
s.a = None
print("slot overwritten:", sys.getrefcount(v))
del s.b
print("slot deleted:", sys.getrefcount(v))
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
