# vars() and __dict__: one dict object per instance once asked for; attribute deletion and
# re-adding; stores after the dict exists go through it.
class A:
    pass


a = A()
a.x = 1
d = a.__dict__
print(d is a.__dict__, vars(a) is d, d)
a.y = 2
print(d, "y" in vars(a))
del a.x
print(d, hasattr(a, "x"))
a.x = 3
print(d, list(d))
d["z"] = 4
print(a.z)
del d["y"]
try:
    a.y
except AttributeError as err:
    print(err)

b = A()
try:
    del b.nothing
except AttributeError as err:
    print(err)
b.k = 1
del b.k
try:
    del b.k
except AttributeError as err:
    print(err)
print(vars(b))

c = A()
c.__dict__ = {"given": 1}
print(c.given, c.__dict__)
c.more = 2
print(c.__dict__)
try:
    c.__dict__ = 5
except TypeError as err:
    print(err)


class Sub(A):
    def __init__(self):
        self.own = "own"


s = Sub()
s.x = 1
print(vars(s), s.__dict__ is vars(s))


class WithSlots:
    __slots__ = ("a", "__dict__")


w = WithSlots()
w.a = 1
w.b = 2
print(vars(w), w.a)

for i in range(3):
    o = A()
    setattr(o, "k%d" % i, i)
    print(vars(o))
