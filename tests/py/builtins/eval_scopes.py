def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

x = "global"
def f():
    x = "local"
    return eval("x"), eval("x", globals()), eval("x", {"x": "given"})
print(f())
class Mapping:
    def __getitem__(self, k):
        if k == "m": return "from mapping"
        raise KeyError(k)
print(eval("m", {}, Mapping()))
print(eval("[y for y in range(3)]"))
ns = {"a": 1}
exec("a += 1; b = a * 10", ns)
print(ns["a"], ns["b"])
def g():
    exec("z = 5")
    return "z" in locals()
print(g())
code = compile("w = 1", "f", "exec")
attempt(exec, code, {}, 5)
def h():
    v = 1
    def inner(): return v
    return inner.__code__
attempt(eval, h())
attempt(exec, h())
