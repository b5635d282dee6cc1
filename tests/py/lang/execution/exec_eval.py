ns = {}
exec("x = 6 * 7\ndef double(v):\n    return v * 2", ns)
print(ns["x"], ns["double"](21))
print(eval("x + 1", ns))
print(eval("a * b", {"a": 3}, {"b": 4}))
code = compile("result = sum(range(5))", "<string>", "exec")
scope = {}
exec(code, scope)
print(scope["result"])
print(eval(compile("2 ** 10", "<expr>", "eval")))
y = 5
exec("y = y + 1")
print(y)
