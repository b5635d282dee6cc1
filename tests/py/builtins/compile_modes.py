def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

c = compile("x = 1\ny = x + 1", "<prog>", "exec")
ns = {}
exec(c, ns)
print(ns["y"], c.co_filename, c.co_name)
e = compile("3 * 4", "<expr>", "eval")
print(eval(e), e.co_name)
s = compile("5 + 5", "<single>", "single")
exec(s)
try:
    compile("def f(:", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.filename, err.lineno)
try:
    compile("a = 1\n  b = 2", "<indent>", "exec")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno)
attempt(compile, "x", "f", "exec", 0x10000000)
attempt(compile)
