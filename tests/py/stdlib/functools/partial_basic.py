import functools

def f(a, b, c=3, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))

p = functools.partial(f, 1)
print(p(2), p(2, 4), p(b=5), p(2, 3, 4, 5, x=6))
p2 = functools.partial(f, 1, 2, x=10)
print(p2(), p2(c=9), p2(x=11, y=12), p2(7, 8))
print(p.func is f, p.args, p.keywords, p2.args, p2.keywords, type(p).__name__)
basetwo = functools.partial(int, base=2)
print(basetwo("10010"), basetwo("101", base=10))
print(repr(functools.partial(max, 1, key=abs)), repr(functools.partial(print)))
print(repr(functools.partial(len, "abc", )), functools.partial(len, "abc")())
for bad in [lambda: functools.partial(), lambda: functools.partial(1), lambda: functools.partial(f, 1)(), lambda: functools.partial(func=f)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError", attr, e)
p.note = "hello"
print(p.note, p.__dict__)
kw = p2.keywords
kw["x"] = 99
print(p2(), p2.keywords is kw)
print(list(map(functools.partial(pow, 2), range(6))))
