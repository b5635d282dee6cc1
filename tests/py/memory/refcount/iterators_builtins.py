# Iterators and lazy builtins hold references to what they iterate.
import sys


class Seq:
    pass


s = Seq()
lst = [s, s]
print("list:", sys.getrefcount(lst), "item:", sys.getrefcount(s))
it = iter(lst)
print("list iterator holds the list:", sys.getrefcount(lst))
next(it)
print("item after next (result dropped):", sys.getrefcount(s))
del it
print("iterator gone:", sys.getrefcount(lst))
z = zip(lst, lst)
print("zip holds two iterators:", sys.getrefcount(lst))
del z
e = enumerate(lst)
print("enumerate:", sys.getrefcount(lst))
first = next(e)
print("enumerate tuple holds item:", sys.getrefcount(s))
del e, first
m = map(id, lst)
print("map:", sys.getrefcount(lst))
del m
r = reversed(lst)
print("reversed:", sys.getrefcount(lst))
del r
srt = sorted(lst, key=id)
print("sorted copy:", sys.getrefcount(s))
del srt
f = filter(None, lst)
print("filter:", sys.getrefcount(lst))
del f
print("end:", sys.getrefcount(lst), sys.getrefcount(s))
