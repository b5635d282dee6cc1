def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__class__" in dir(b), "mro" in dir(type))
class Custom:
    def __dir__(self): return ["zeta", "alpha", "beta"]
print(dir(Custom()))
def f():
    b = 1
    a = 2
    return dir()
print(f())
print([n for n in dir(1) if not n.startswith("_")][:5])
attempt(dir, 1, 2)
class BadDir:
    def __dir__(self): return 5
attempt(dir, BadDir())
