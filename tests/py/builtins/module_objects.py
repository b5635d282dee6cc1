def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
mod = type(sys)
m = mod("mymod", "my doc")
print(m.__name__, m.__doc__, repr(m), sorted(m.__dict__))
m.x = 5
print(m.x)
attempt(getattr, m, "nope")
m.__getattr__ = lambda name: "lazy:" + name
print(m.anything)
attempt(mod)
attempt(mod, 1)
attempt(mod, "a", "b", "c")
print(repr(sys), repr(mod("noname")))
del m.__dict__["__name__"]
print(repr(m))
m2 = mod("two")
m2.__file__ = "/some/where.py"
print(repr(m2))
m3 = mod("three")
m3.__dict__["__dir__"] = lambda: ["b", "a"]
print(dir(m3))
print(type(mod.__dict__["__dict__"]).__name__)
