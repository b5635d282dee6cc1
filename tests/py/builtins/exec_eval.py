def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("  5"), eval("a + b", {"a": 1}, {"b": 2}))
ns = {}
exec("y = 10\ndef f(): return y * 2", ns)
print(ns["y"], ns["f"](), "__builtins__" in ns)
exec("print('inside exec', __name__)")
loc = {}
exec("z = 3", {}, loc)
print(loc)
code = compile("q = 7", "<mine>", "exec")
g = {}
exec(code, g)
print(g["q"], type(code).__name__)
print(eval(compile("1 + 1", "<e>", "eval")))
attempt(eval, "1 +")
attempt(exec, "x = ")
attempt(eval, 5)
attempt(exec, 5)
attempt(eval, "1", 1)
attempt(eval, "1", {}, 1)
attempt(exec, "1", 1)
attempt(exec, "1", {}, 1)
attempt(eval, "undefined_name")
attempt(compile, "1", "f", "bogus")
attempt(compile, 1, "f", "exec")
def outer():
    v = 5
    return eval("v + 1")
print(outer())
