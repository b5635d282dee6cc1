def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

src = '''
def greet(name):
    return "hello " + name
result = greet("world")
'''
g = {}
exec(src, g)
print(g["result"], g["greet"].__module__ if "__name__" in g else "no name", sorted(k for k in g if k != "__builtins__"))
g2 = {"__name__": "custom"}
exec(src, g2)
print(g2["greet"].__module__)
exec("import sys as _s; print(_s.__name__)", {})
