# Instance dicts of one class sharing key layouts: different insertion orders, deletions,
# non-interned names, setdefault/pop/popitem/clear/update, and the dict order seen afterwards.
import sys


class P:
    pass


def mk(order, base=0):
    o = P()
    for i, name in enumerate(order):
        setattr(o, name, base + i)
    return o


a = mk("xyz")
b = mk("xyz", 10)
c = mk("zyx", 20)
d = mk("xy", 30)
print(vars(a), vars(b), vars(c), vars(d))
del b.y
print(vars(a), vars(b))
b.y = 99
print(vars(b), b.x, b.y, b.z)
# a name built at run time: equal to "x" but another str object
nx = "".join(["x"])
e = P()
setattr(e, nx, 1)
e.y = 2
print(vars(e), e.x, e.y)
f = mk("xyz", 40)
print(f.__dict__.setdefault("w", 5), vars(f))
print(f.__dict__.pop("x"), vars(f))
print(f.__dict__.popitem(), vars(f))
g = mk("xyz", 50)
g.__dict__.clear()
g.q = 1
print(vars(g), vars(mk("xyz", 60)))
h = mk("abcdefgh", 70)
print(vars(h))
i = mk("xyz", 80)
i.__dict__.update({"k": 1, "x": 2})
print(vars(i))
j = mk("xyz", 90)
jd = j.__dict__.copy()
j.x = -1
print(jd, vars(j))
k = mk("xyz", 100)
k.__dict__[1] = "int key"
print(vars(k), vars(mk("xyz", 110)))
for o in (a, b, c, d, e, f, g, h, i, j, k):
    print(sys.getsizeof(o.__dict__), len(o.__dict__), list(o.__dict__))


class Q:
    def __init__(self, n):
        self.a = n
        if n % 2:
            self.b = n
        self.c = n
        if n % 3 == 0:
            del self.a


qs = [Q(n) for n in range(12)]
print([vars(q) for q in qs])
print([(q.__dict__.get("a"), q.__dict__.get("b")) for q in qs])
