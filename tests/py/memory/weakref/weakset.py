# WeakSet holds members weakly.
import weakref


class M:
    def __init__(self, n):
        self.n = n


s = weakref.WeakSet()
ms = [M(i) for i in range(4)]
for m in ms:
    s.add(m)
s.add(ms[0])
print("len:", len(s), sorted(x.n for x in s))
print("contains:", ms[1] in s, M(1) in s, 3 in s)
del m
ms.pop()
print("after a death:", len(s), sorted(x.n for x in s))
s.discard(ms[0])
print("discard:", len(s))
s.remove(ms[1])
print("remove:", len(s))
try:
    s.remove(ms[1])
except KeyError:
    print("KeyError on missing remove")
other = weakref.WeakSet(ms)
print("union:", len(s | other), "intersection:", len(s & other), "difference:", len(other - s))
print("pop returns a live member:", other.pop().n in (0, 1, 2))
ms.clear()
print("all dead:", len(s), len(other))
