# dict.get returns a new reference; setdefault stores once.
import sys


class V:
    pass


v = V()
d = {}
d.setdefault("a", v)
d.setdefault("a", v)
print("setdefault twice:", sys.getrefcount(v))
x = d.get("a")
print("get result kept:", sys.getrefcount(v))
y = d.get("missing", v)
print("default returned:", sys.getrefcount(v))
del x, y
print("end:", sys.getrefcount(v))
