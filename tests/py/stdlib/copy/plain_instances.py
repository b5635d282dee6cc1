# deepcopy of instances reduced by object's defaults, next to classes that override one
# piece of the pickle protocol (__setstate__, __getnewargs__, __reduce__, slots, list
# subclasses); object.__getstate__ hands back the instance dict itself.
import copy


class Plain:
    pass


class WithSetstate:
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class WithNewargs:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.newargs = args
        return obj

    def __getnewargs__(self):
        return (1, 2)


class Slotted:
    __slots__ = ("a", "__dict__")


class Tagged(list):
    pass


class Patched:
    pass


p = Plain()
p.items = [1, [2, 3]]
p.shared = p.items
p.me = p
print(p.__getstate__() is p.__dict__, Plain().__getstate__())
q = copy.deepcopy(p)
print(q.items == p.items, q.items is not p.items, q.shared is q.items, q.me is q, type(q).__name__)
holder = [p, p.__dict__]
h2 = copy.deepcopy(holder)
print(h2[0].__dict__ is h2[1], h2[1] is not p.__dict__)
print(copy.deepcopy(Plain()).__dict__)

s = WithSetstate()
s.x = {"k": [1]}
s2 = copy.deepcopy(s)
print(s2.restored, s2.x, s2.x["k"] is not s.x["k"])

n = WithNewargs()
n.v = 5
n2 = copy.deepcopy(n)
print(n2.newargs, n2.v)

sl = Slotted()
sl.a = [1]
sl.b = [2]
sl2 = copy.deepcopy(sl)
print(sl2.a, sl2.b, sl2.a is not sl.a, sl.__getstate__())

t = Tagged([1, [2]])
t.tag = "x"
t2 = copy.deepcopy(t)
print(t2, t2.tag, type(t2).__name__, t2[1] is not t[1])

Patched.__reduce__ = lambda self: (Patched, ())
pa = Patched()
pa.lost = 1
print(hasattr(copy.deepcopy(pa), "lost"), hasattr(copy.copy(pa), "lost"))
c = copy.copy(p)
print(c.items is p.items, c.__dict__ is not p.__dict__)
