# gc.get_referents / get_referrers / is_tracked for the kinds of objects a program makes: generator
# frames (code visited twice: gi_code and the frame's), method-wrappers (descriptor and self),
# builtin methods (their self), functools.partial (its type first).
import gc, sys
class A: pass
a = A(); a.x = [1]
def names(objs):
    out = []
    for o in objs:
        if isinstance(o, dict) and "__name__" in o and o.get("__name__") == "__main__": out.append("globals")
        else: out.append(type(o).__name__)
    return sorted(out)
print(names(gc.get_referrers(a)))
print(names(gc.get_referents(a)))
print(names(gc.get_referents(a.__dict__)))
a.__dict__
print(names(gc.get_referents(a)))
def gen():
    x = a
    yield x
g = gen(); next(g)
print(names(gc.get_referrers(a)))
print(names(gc.get_referents(g)))
fr = g.gi_frame
print(names(gc.get_referents(fr)))
def outer():
    v = a
    def inner(): return v
    return inner
inn = outer()
print(names(gc.get_referents(inn)))
print(names(gc.get_referents(inn.__closure__[0])))
print(names(gc.get_referrers(inn.__closure__[0])))
bm = a.__init__
print(names(gc.get_referents(A().__init__)))
m = [].append
print(names(gc.get_referents(m)))
e = ValueError(a)
print(names(gc.get_referents(e)))
try:
    raise e
except ValueError: pass
print(names(gc.get_referents(e)), names(gc.get_referents(e.__traceback__)))
print(names(gc.get_referents(A)))
print(names(gc.get_referents(property(len))), names(gc.get_referents(staticmethod(len))))
import functools
print(names(gc.get_referents(functools.partial(len, 1))))
print(names(gc.get_referents(iter([1]))), names(gc.get_referents(enumerate([1]))), names(gc.get_referents(zip([1], [2]))))
print(names(gc.get_referents({1: a}.items())), names(gc.get_referents(super(A, a))))
print(names(gc.get_referents(slice(a, 1))), names(gc.get_referents(range(3))))
for o in [a, A, [], (), (1,), (a,), {}, {1: 2}, {1: a}, set(), frozenset(), 1, "s", g, inn, bm, m, e, slice(1), range(2), iter([]), property(), sys, gc.get_referents]:
    print(type(o).__name__, gc.is_tracked(o), end="; ")
print()
