# gc.get_referents of instances: the attribute values in the class's key order, then the type;
# once __dict__ exists, the dict then the type.
import gc


class E:
    pass


e = E()
print(gc.get_referents(e))
e.x = [1]
print(gc.get_referents(e))
d = e.__dict__
print(gc.get_referents(e) == [d, E], gc.get_referents(d))

f = E()
f.y = "why"  # y is a new shared key, after x
f.x = "ex"
print(gc.get_referents(f))
print(list(vars(f)))
g = E()
g.x = 1.5
g.y = 2.5
del g.x
g.x = 3.5
print(gc.get_referents(g), list(g.__dict__))


class P:
    def __init__(self):
        self.a = "A"
        self.b = "B"
        self.c = "C"


p = P()
del p.b
print(gc.get_referents(p))
p.b = "B2"
print(gc.get_referents(p))
print(gc.get_referents(P()))


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
refs = gc.get_referents(lst)
print(len(refs), type(refs[0]).__name__, refs[1] is L)

print(gc.is_tracked(E()), gc.is_tracked(e.__dict__))
h = E()
h.n = 1
print(gc.is_tracked(h.__dict__))
h.k = []
print(gc.is_tracked(h.__dict__))
