# id() reuse patterns: instances, free lists (lists, dicts, floats), LIFO blocks, small ints, interning.
import sys
class A: pass
ids = set()
for i in range(10):
    ids.add(id(A()))
print("instances reuse", len(ids))
print(id([]) == id([]), id({}) == id({}), id(()) == id(()), id(A()) == id(A()), id(object()) == id(object()))
print(id(1.5) == id(2.5), id("abc" + "d") == id("abc" + "e"), id(10**20) == id(10**21))
a = [1, 2]; ia = id(a); del a
b = [3, 4]; print("list reuse", id(b) == ia)
d = {"x": 1}; i_d = id(d); del d
e = {"y": 2}; print("dict reuse", id(e) == i_d)
t = (1, 2, 3); it = id(t)
f = 1.25; i_f = id(f); del f
g = 3.75; print("float reuse", id(g) == i_f)
s = "hello world" * 2; i_s = id(s); del s
s2 = "another str!" * 2; print("str reuse", id(s2) == i_s)
objs = [A() for _ in range(5)]
addrs = [id(o) for o in objs]
del objs
new = [A() for _ in range(5)]
print("lifo", [addrs.index(id(o)) if id(o) in addrs else -1 for o in new])
x = 1000; y = 1000; print(x is y)
def f(): return 1000
print(f() is f())
print(256 is 255 + 1, 257 is 256 + 1 if True else 0)
print(sys.intern("a b") is sys.intern("a b"), "ab" is "a" + "b")
import gc
gc.collect()
l1 = [[] for _ in range(3)]
ids1 = [id(x) for x in l1]
del l1
l2 = [[] for _ in range(3)]
print("list freelist order", [ids1.index(id(x)) if id(x) in ids1 else -1 for x in l2])
print(hex(id(None))[:2], id(A) % 16, id(A()) % 16, id(1.0) % 16)
