# WeakSet algebra and comparisons.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M%d" % self.n


ms = [M(i) for i in range(6)]
a = weakref.WeakSet(ms[:4])
b = weakref.WeakSet(ms[2:])
names = lambda s: sorted(x.n for x in s)
print("a-b", names(a - b), "a&b", names(a & b), "a|b", names(a | b), "a^b", names(a ^ b))
print("subset", weakref.WeakSet(ms[:2]) <= a, a <= a, a < a, a >= weakref.WeakSet(ms[:1]), a > a)
print("disjoint", a.isdisjoint([ms[5]]), a.isdisjoint(b))
print("eq", a == weakref.WeakSet(ms[:4]), a != b, a == set(ms[:4]))
c = a.copy()
c.intersection_update(ms[1:3])
print("intersection_update", names(c))
c.symmetric_difference_update([ms[2], ms[5]])
print("symmetric_difference_update", names(c))
c.difference_update([ms[1]])
print("difference_update", names(c))
c ^= c
print("self xor", len(c))
d = weakref.WeakSet(ms)
d -= d
print("self isub", len(d))
e = weakref.WeakSet([ms[0]])
e |= [ms[1]]
print("ior", names(e))
del ms[0]
print("after a death:", names(a), len(a), names(e))
try:
    weakref.WeakSet().pop()
except KeyError as err:
    print("KeyError:", err)
print("hash:", weakref.WeakSet.__hash__)
print("reduce:", weakref.WeakSet(ms[:1]).__reduce__()[0].__name__)
