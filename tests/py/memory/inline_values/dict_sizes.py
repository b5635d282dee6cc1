# sys.getsizeof of instance __dict__s (split tables sharing their class's keys) and of classes.
import sys


class A:
    pass


objs = [A() for _ in range(5)]
print([sys.getsizeof(o.__dict__) for o in objs])


class B:
    def __init__(self):
        self.x = 1
        self.y = 2


b = B()
print(sys.getsizeof(b.__dict__))
c = B()
c.z = 3
print(sys.getsizeof(c.__dict__), sys.getsizeof(b.__dict__))


class C:
    pass


sizes = []
for n in (0, 20, 40, 29, 30, 31, 5):
    o = C()
    for i in range(n):
        setattr(o, "a%d" % i, i)
    sizes.append(sys.getsizeof(o.__dict__))
print(sizes)

for count in range(0, 41, 4):

    class K:
        pass

    k = K()
    for i in range(count):
        setattr(k, "n%d" % i, i)
    print(count, sys.getsizeof(k.__dict__), sys.getsizeof(K))


class R:
    pass


r1 = R()
for name in "abcdef":
    setattr(r1, name, 0)
r2 = R()
for name in "fedcba":
    setattr(r2, name, 0)
del r2.c, r2.d
print(sys.getsizeof(r1.__dict__), sys.getsizeof(r2.__dict__), list(r2.__dict__))
d = r2.__dict__
d["g"] = 1  # a new shared key, through the dict
print(sys.getsizeof(d), sys.getsizeof(r1.__dict__))
d[5] = 5  # not a str: the dict gets its own table
print(sys.getsizeof(d), sys.getsizeof(r1.__dict__))
r1.__dict__.clear()
print(sys.getsizeof(r1.__dict__))
r1.again = 1
print(sys.getsizeof(r1.__dict__))


class T:
    pass


t = T()
t.__dict__  # materialized before any attribute
t.p = 1
print(sys.getsizeof(t.__dict__))


class S:
    __slots__ = ()


class SD:
    __slots__ = ("a", "__dict__")


class L(list):
    pass


class E(Exception):
    pass


class Sub(A):
    pass


print(sys.getsizeof(A), sys.getsizeof(S), sys.getsizeof(SD), sys.getsizeof(L), sys.getsizeof(E), sys.getsizeof(Sub))
print(sys.getsizeof(L().__dict__), sys.getsizeof(E().__dict__))
lst = L()
lst.q = 1
print(sys.getsizeof(lst.__dict__))
sd = SD()
sd.w = 1
print(sys.getsizeof(sd.__dict__))
