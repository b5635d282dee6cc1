# gc.collect() counts for instance cycles of various shapes: an ordinary instance's attributes
# are inline values (no dict object) until something asks for its __dict__.
import gc

gc.disable()
gc.collect()


class Node:
    pass


def collect(label):
    print(label, gc.collect())


a, b = Node(), Node()
a.other = b
b.other = a
del a, b
collect("pair")

s = Node()
s.me = s
del s
collect("self")

ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 10]
del ring, n
collect("ring of ten")

a, b = Node(), Node()
a.other = b
b.other = a
a.__dict__  # one of them gets a dict object
del a, b
collect("pair, one __dict__ touched")

a, b = Node(), Node()
a.other = b
b.other = a
vars(a)
vars(b)
del a, b
collect("pair, both vars()")


class Wide:
    pass


w = Wide()
for i in range(35):  # more names than the shared keys hold: a dict object appears
    setattr(w, "f%d" % i, i)
w.me = w
del w
collect("35 attributes")


class L(list):
    pass


x, y = L(), L()  # builtin subclasses get dict objects (sharing the class's keys)
x.other = y
y.other = x
del x, y
collect("list subclass pair")


class D(dict):
    pass


d1 = D()
d1.me = d1
del d1
collect("dict subclass self")


class Sub(Node):
    pass


p, q = Sub(), Sub()
p.other = q
q.other = p
p.extra = [p]
del p, q
collect("subclass pair with a list")


class WithSlots:
    __slots__ = ("a", "__dict__")


m = WithSlots()
m.a = m
m.b = m
del m
collect("slots plus __dict__")


class OnlySlots:
    __slots__ = ("a",)


o = OnlySlots()
o.a = o
del o
collect("slots only")

e = Node()
e.x = [e]
e.__dict__.clear()
e.y = e
del e
collect("cleared __dict__")

obj = Node()
obj.__dict__ = {"me": obj}
del obj
collect("assigned __dict__")

gc.enable()
