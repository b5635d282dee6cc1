# Operations that return their argument itself add a reference instead of copying.
import sys


class T(tuple):
    pass


s = "".join(["some", " text"])
print("str(s) is s:", str(s) is s, sys.getrefcount(s))
same = str(s)
print("after str(s):", sys.getrefcount(s))
t = tuple([1, 2, 3])
tt = tuple(t)
print("tuple(t) is t:", tt is t, sys.getrefcount(t))
full = t[:]
print("t[:] is t:", full is t, sys.getrefcount(t))
fs = frozenset([1, 2])
fs2 = frozenset(fs)
print("frozenset(fs) is fs:", fs2 is fs, sys.getrefcount(fs))
lst = [1, 2]
lst2 = list(lst)
print("list(lst) copies:", lst2 is lst, sys.getrefcount(lst))
big = int("12345678901234567890")
big2 = int(big)
print("int(big) is big:", big2 is big, sys.getrefcount(big))
stripped = s.strip()
print("strip unchanged is same:", stripped is s, sys.getrefcount(s))
sub = T((1, 2))
print("tuple subclass copied:", tuple(sub) is sub)
