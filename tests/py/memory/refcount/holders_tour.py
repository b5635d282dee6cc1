# sys.getrefcount of one object through every kind of holder: defaults, cells, class and
# instance attributes, bound methods, containers, exceptions, generators, loops, with, calls,
# globals, module attributes, partial/map/filter/zip/enumerate, weak references, locals().
import sys, functools, weakref, gc
rc = sys.getrefcount
class Obj: pass
o = Obj()
print("base", rc(o))
def f(a=o): return rc(a)
print("default", rc(o), f())
g = lambda x=o: x
print("lambda default", rc(o))
def outer():
    v = Obj()
    def inner(): return v
    return inner, v
inner, v = outer()
print("cell", rc(v))
class K:
    attr = v
print("classattr", rc(v))
i = Obj(); i.a = v
print("inline", rc(v)); i.__dict__; print("dict", rc(v))
bm = i.__init__
print("bound", rc(i))
m = Obj.__init__.__get__(i)
print("bound2", rc(i))
L = [v, v]; print("list", rc(v)); T = (v,); print("tuple", rc(v)); S = {v}; print("set", rc(v)); D = {v: v}; print("dict2", rc(v))
try:
    raise ValueError(v)
except ValueError as e:
    print("exc", rc(v), rc(e))
print("after exc", rc(v))
def gen(x):
    y = x
    yield 1
    yield 2
gg = gen(v); next(gg); print("gen suspended", rc(v)); gg.close(); print("gen closed", rc(v))
for x in [v]:
    print("for", rc(v))
del x
print([rc(v) for _ in range(1)])
print([rc(z) for z in [v]])
class CM:
    def __enter__(self): return v
    def __exit__(self, *a): pass
with CM() as w:
    print("with", rc(v))
del w
def star(*args, **kw): return rc(v)
print("star", star(v, k=v), star(*[v]), star(**{"k": v}))
def kw(*, k): return rc(k)
print("kw", kw(k=v))
def glob():
    global G
    G = v
    return rc(v)
print("global", glob()); del G
sys.modules[__name__].MA = v; print("modattr", rc(v)); del MA
p = functools.partial(print, v); print("partial", rc(v)); del p
mp = map(id, [v]); print("map", rc(v)); del mp
fl = filter(None, (v,)); print("filter", rc(v)); del fl
wp = weakref.proxy(v); wr = weakref.ref(v); print("weak", rc(v))
def loc():
    q = v
    d = locals()
    return rc(v), rc(d)
print("locals", loc())
en = enumerate([v]); print("enum", rc(v)); print(next(en)[1] is v, rc(v)); del en
z = zip([v], [v]); print("zip", rc(v)); del z
it = iter([v]); nxt = next(it); print("iter", rc(v)); del it, nxt
print("sorted", rc(sorted([v, v], key=id)[0]))
print("max", rc(max([v], key=id)))
r = reversed([v]); print("reversed", rc(v)); del r
d2 = dict.fromkeys([v], v); print("fromkeys", rc(v)); del d2
print("in", v in L, rc(v))
print("getattr", rc(getattr(i, 'a')))
print("dict.get", rc(D.get(v)))
print("setdefault", rc(D.setdefault(v, 1)))
ls = [1, 2, v]; print("pop", rc(ls.pop()))
print("copy", rc(L.copy()[0]))
print("slice", rc(L[:]), rc(v))
print("mul", rc(v), len(L * 3))
print("tuple+", rc(v), len(T + T))
print("final", rc(v), rc(o))
