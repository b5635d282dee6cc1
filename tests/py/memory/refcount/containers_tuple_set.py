# Tuples and sets own their members.
import sys


class M:
    def __hash__(self):
        return 7


m = M()
t = (m, m)
print("tuple:", sys.getrefcount(m))
t2 = t + (m,)
print("concat:", sys.getrefcount(m))
t3 = t[:]
print("full slice is the same tuple:", t3 is t, sys.getrefcount(t), sys.getrefcount(m))
s = {m}
print("set:", sys.getrefcount(m))
s.add(m)
print("add again:", sys.getrefcount(m))
fs = frozenset(s)
print("frozenset:", sys.getrefcount(m))
s.discard(m)
print("discard:", sys.getrefcount(m))
u = s | fs
print("union:", sys.getrefcount(m))
del t, t2, t3, s, fs, u
print("all gone:", sys.getrefcount(m))
a, b = m, m
print("unpacked:", sys.getrefcount(m))
x, *rest = [m, m, m]
print("star unpack:", sys.getrefcount(m))
