# Attribute caches at one instruction while classes change: class attributes set, replaced and
# deleted on the class or a base (by name strings made at run time too), methods swapped,
# descriptors added and removed, instance dicts shadowing methods, __bases__ reassigned.
class Base:
    count = 0

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


class Other:
    def m(self):
        return "Other.m"


def read(o):
    return o.m(), o.count if hasattr(o, "count") else None


def attr(o):
    return o.m


s = Sub()
for step in range(8):
    if step == 1:
        Base.m = lambda self: "Base.m2"
    elif step == 2:
        Sub.m = lambda self: "Sub.m"
    elif step == 3:
        del Sub.m
    elif step == 4:
        setattr(Base, "".join(["co", "unt"]), 41)
        Base.count += 1
    elif step == 5:
        s.m = lambda: "instance m"
    elif step == 6:
        del s.m
        Base.m = property(lambda self: lambda: "via property")
    elif step == 7:
        Sub.__bases__ = (Other,)
    print(step, read(s), attr(s)(), read(Base()) if step < 7 else read(Other()))


class Counter:
    n = 0

    def __init__(self):
        Counter.n += 1
        self.v = Counter.n

    def get(self):
        return self.v


cs = [Counter() for _ in range(5)]
print([c.get() for c in cs], Counter.n)
Counter.get = lambda self: -self.v
print([c.get() for c in cs])
Counter.v = "class v"
del cs[0].v
print([c.get() if c is not cs[0] else c.v for c in cs])


class D:
    pass


d = D()
d.x = 1
for i in range(4):
    if i == 2:
        D.x = property(lambda self: "data descriptor wins")
    print(i, d.x)
