# Lookups that return or test attributes do not retain them.
import sys


class V:
    pass


class O:
    pass


v = V()
o = O()
o.a = v
base = sys.getrefcount(v)
hasattr(o, "a")
getattr(o, "a")
getattr(o, "missing", v)
isinstance(v, V)
vars(o)
print("no leaks:", sys.getrefcount(v) - base)
d = vars(o)
print("vars is the instance dict:", d is o.__dict__, sys.getrefcount(v) - base)
