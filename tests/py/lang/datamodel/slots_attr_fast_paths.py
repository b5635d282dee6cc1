# Reads and writes of __slots__ members from one instruction, over the cases the VM's slot
# fast path must leave to the descriptor: unset slots, deletions, descriptors moved into
# unrelated classes, subclasses overriding the name, refcounts and __del__ order on overwrite.
import sys


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get_x(self):
        return self.x

    def get_y(self):
        return self.y

    def set_x(self, v):
        self.x = v


class Q(P):
    __slots__ = ("z",)


class R(P):
    @property
    def x(self):
        return "R.x property"

    @x.setter
    def x(self, v):
        print("R.x setter", v)


class D(P):
    pass  # has a __dict__ too


objs = [P(1), Q(2), R(3), D(4), P(5)]
for rnd in range(3):
    for o in objs:
        try:
            print(type(o).__name__, o.get_x(), end=" ")
            print(o.get_y())
        except AttributeError as e:
            print("AttributeError:", e)
        o.set_x(rnd * 10)
    objs[0].y = "y0"
    if rnd == 1:
        del objs[4].x

try:
    objs[4].get_x()
except AttributeError as e:
    print("AttributeError:", e)


class Other:
    pass


Other.x = P.__dict__["x"]
o = Other()
for _ in range(2):
    try:
        print(P.get_x(o))
    except TypeError as e:
        print("TypeError:", e)
    try:
        P.set_x(o, 1)
    except TypeError as e:
        print("TypeError:", e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


p = P(Noisy("first"))
v = Noisy("second")
print(sys.getrefcount(v))
for i in range(3):
    p.set_x(v)
    print(sys.getrefcount(v), p.get_x().name)
p.set_x(Noisy("third"))
print("after third")
p.set_x(None)
print("end", sys.getrefcount(v))

# the class changes under a running cache: x becomes a class attribute shadowing nothing
P.get_x.__code__  # (same instruction as above)
objs2 = [P(7), Q(8)]
print([q.get_x() for q in objs2])
del P.x
print([getattr(q, "x", "gone") for q in objs2])
try:
    objs2[0].get_x()
except AttributeError as e:
    print("AttributeError:", e)
