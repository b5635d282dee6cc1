# Deeply nested lambdas and functions compile in linear time (the compiler's constant keys used
# to double their escapes at every level: 25 levels took seconds, 100 never finished).
src = "f = " + "lambda: " * 300 + "42"
ns = {}
exec(src, ns)
g = ns["f"]
depth = 0
while callable(g):
    g = g()
    depth += 1
print(depth, g)

# the same body twice: equal code objects are still merged into one constant
ns = {}
exec("def h():\n    a = lambda: lambda: 1\n    b = lambda: lambda: 1\n    return a, b\n", ns)
a, b = ns["h"]()
print(a.__code__ is b.__code__, a.__code__ == b.__code__)

# nested defs, each returning a call of the next
n = 60
src = "".join("    " * i + f"def f{i}():\n" for i in range(n))
src += "    " * n + "return 'deep'\n"
src += "".join("    " * (i + 1) + f"return f{i + 1}()\n" for i in range(n - 2, -1, -1))
ns = {}
exec(src, ns)
print(ns["f0"]())
