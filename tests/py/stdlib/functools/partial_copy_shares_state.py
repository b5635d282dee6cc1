# copy.copy of a partial shares its exact args tuple and keywords dict (partial_setstate keeps
# them as given), which the reference counts show; a tuple subclass becomes a plain tuple.
import functools, copy, sys, pickle
def sig(*a, **k): return a, k
f = functools.partial(sig, ['asdf'], bar=[True])
f.attr = []
c = copy.copy(f)
print(c.args is f.args, c.keywords is f.keywords, c.attr is f.attr, c() == f())
print(sys.getrefcount(f.args), sys.getrefcount(f.keywords))
d = copy.deepcopy(f)
print(d.args is f.args, d.args == f.args, d.args[0] is f.args[0], d.keywords == f.keywords)
p = pickle.loads(pickle.dumps(functools.partial(max, 1, 2, key=abs)))
print(p(-5), p.args, p.keywords)
class T(tuple): pass
g = functools.partial(sig)
g.__setstate__((sig, T((1, 2)), None, None))
print(type(g.args).__name__, g.args, g.keywords, g())
try:
    g.__setstate__((sig, [1], None, None))
except TypeError as e:
    print(e)
