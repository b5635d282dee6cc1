# One attribute instruction (in a base-class method) sees instances of many subclasses, each
# with its own instance-dict layout; class attributes and methods change in between. The VM's
# per-instruction caches keep several types: each must see its own layout and every change.


class Base:
    tag = "base"

    def __init__(self, n):
        self.n = n

    def get_n(self):
        return self.n

    def get_tag(self):
        return self.tag

    def call_m(self):
        return self.m()

    def set_n(self, v):
        self.n = v

    def m(self):
        return "Base.m"


def make(i):
    # a class whose instances set a different number of attributes before n
    def __init__(self, n):
        for j in range(i):
            setattr(self, "a%d" % j, j)
        Base.__init__(self, n)

    return type("C%d" % i, (Base,), {"__init__": __init__})


classes = [make(i) for i in range(7)]
objs = [c(10 * k) for k, c in enumerate(classes)]

for rnd in range(4):
    print("round", rnd)
    for o in objs:
        print(type(o).__name__, o.get_n(), o.get_tag(), o.call_m())
    for k, o in enumerate(objs):
        o.set_n(o.get_n() + k)
    if rnd == 0:
        classes[3].tag = "three"
        classes[5].m = lambda self: "C5.m"
    elif rnd == 1:
        Base.tag = "base2"
        objs[2].tag = "instance two"
        objs[4].m = lambda: "instance m"
    elif rnd == 2:
        del classes[3].tag
        del classes[5].m
        Base.m = lambda self: "new Base.m"
        classes[6].__bases__ = (type("Mid", (Base,), {"tag": "mid", "m": lambda self: "Mid.m"}),)

# a property on some subclasses and a plain attribute on others, at the same instruction
class P(Base):
    @property
    def n(self):
        return "prop"

    @n.setter
    def n(self, v):
        self.__dict__["stored"] = v


ps = [P(1), classes[0](2), P(3), classes[1](4), classes[2](5), classes[4](6), P(7)]
for p in ps:
    p.set_n(99)
    print(type(p).__name__, p.get_n(), sorted(vars(p)))


# slots and dict instances through the same LOAD_ATTR
class S(Base):
    __slots__ = ("n",)


class T(Base):
    __slots__ = ()


mixed = [S(1), T(2), classes[0](3), S(4), classes[6](5), T(6)]
for _ in range(3):
    print([x.get_n() for x in mixed])
    for x in mixed:
        x.set_n(x.get_n() * 2)
try:
    del mixed[0].n
    mixed[0].get_n()
except AttributeError as e:
    print("AttributeError", e)
