sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(v) for v in (-5, 0, 8)])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, k))(1, 2, z=3))
