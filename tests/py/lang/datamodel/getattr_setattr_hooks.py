class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value
    def __delattr__(self, name):
        del self._fields[name]
    def __dir__(self):
        return sorted(self._fields)

r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, dir(r))
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "zz", "default"), hasattr(r, "b"))

class Logged:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return "intercepted " + name
        return object.__getattribute__(self, name)
l = Logged()
l.y = 5
print(l.xyz, l.y)
