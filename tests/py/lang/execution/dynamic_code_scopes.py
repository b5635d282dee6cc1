g = {"__builtins__": __builtins__, "base": 100}
exec("def add(x):\n    return base + x", g)
print(g["add"](5))
g["base"] = 1000
print(g["add"](5))
code = "result = [n * factor for n in range(3)]"
scope = {"factor": 7}
exec(code, scope)
print(scope["result"])
print(eval("len(items)", {"items": [1, 2, 3]}))
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("x = ")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
