import functools

def f(*args, **kw):
    return args, kw

p1 = functools.partial(f, 1, a=1)
p2 = functools.partial(p1, 2, b=2)
p3 = functools.partial(p2, 3, a=3)
print(p3.func is f, p3.args, p3.keywords, p3(4, c=4))
print(repr(p3).replace(hex(id(f)), "ADDR"))
p1.extra = 1
p4 = functools.partial(p1, 5)
print(p4.func is p1, p4.args, p4(6))
class MyPartial(functools.partial):
    pass
mp = MyPartial(f, 1, z=0)
print(type(mp).__name__, mp(2), repr(mp).replace(hex(id(f)), "ADDR"), isinstance(mp, functools.partial))
mp2 = functools.partial(mp, 3)
print(type(mp2).__name__, mp2.func is f, mp2.args)
mp3 = MyPartial(p1, 9)
print(mp3.func is f, mp3.args, mp3.keywords)
r = functools.partial(f)
r2 = functools.partial(r, **{"k": r})
print(r2.keywords["k"] is r)
rec = functools.partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).replace(hex(id(f)), "ADDR"))
st = functools.partial(f, 1, k=2).__reduce__()
print(st[0].__name__, st[1][0] is f, st[2][1:3])
q = functools.partial(f)
q.__setstate__((max, (1, 2), {"key": abs}, {"attr": 5}))
print(q(), q.attr, q.func)
for bad in [(1, 2, 3), (f, (1,), None, None, 5), (f, [1], None, None), (1, (), None, None), "x"]:
    try:
        functools.partial(f).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
