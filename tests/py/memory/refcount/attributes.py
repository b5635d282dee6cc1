# Instance and class attributes.
import sys


class Holder:
    pass


class Value:
    pass


v = Value()
h = Holder()
h.a = v
print("instance attr:", sys.getrefcount(v))
h.b = v
print("two attrs:", sys.getrefcount(v))
setattr(h, "c", v)
print("setattr:", sys.getrefcount(v))
Holder.shared = v
print("class attr:", sys.getrefcount(v))
got = getattr(h, "shared")
print("getattr result:", sys.getrefcount(v))
del got
delattr(h, "c")
print("delattr:", sys.getrefcount(v))
h.__dict__["d"] = v
print("via __dict__:", sys.getrefcount(v))
del Holder.shared
print("del class attr:", sys.getrefcount(v))
del h
print("holder gone:", sys.getrefcount(v))


class Slotted:
    __slots__ = ("x", "y")


s = Slotted()
s.x = v
s.y = v
print("slots:", sys.getrefcount(v))
del s.x
print("del slot:", sys.getrefcount(v))
del s
print("slotted gone:", sys.getrefcount(v))
