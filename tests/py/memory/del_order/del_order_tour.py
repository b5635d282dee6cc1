# __del__ order through scopes, list/dict/set/tuple operations, exceptions, generators, trees,
# instance attributes, slots, deques, temporaries and with blocks.
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def scope():
    a = D("a"); b = D("b"); c = D("c")
    print("leaving scope")
scope()
print("--- list clear")
l = [D(i) for i in range(3)]
l.clear()
print("--- list del slice")
l = [D(i) for i in range(5)]
del l[1:4]
print("--- list reassign")
l = [D("x"), D("y")]
l = None
print("--- dict")
d = {i: D(i) for i in range(3)}
d = {}
print("--- dict popitem")
d = {i: D(i) for i in range(3)}
d.popitem(); print("after popitem")
print("--- tuple")
t = (D(1), D(2), D(3)); del t
print("--- set")
s = {D(1)}; s.clear()
print("--- exception")
def raiser():
    tmp = D("tmp")
    raise ValueError(D("in-exc"))
try:
    raiser()
except ValueError as e:
    print("caught")
print("after except")
print("--- exception kept")
try:
    raiser()
except ValueError as e:
    saved = e
print("saved", type(saved))
del saved
print("--- generator")
def g():
    a = D("gen-a")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gi = g(); next(gi); del gi
print("--- generator exhausted")
def g2():
    a = D("g2")
    yield 1
for _ in g2(): print("looping")
print("--- nested")
class Tree:
    def __init__(self, n, kids): self.n = n; self.kids = kids
    def __del__(self): print("del tree", self.n)
t = Tree("root", [Tree("c1", [Tree("gc1", [])]), Tree("c2", [])])
del t
print("--- attributes order")
class Obj: pass
o = Obj(); o.z = D("z"); o.a = D("a"); o.m = D("m")
del o
print("--- slots order")
class Sl:
    __slots__ = ("p", "q", "r")
o = Sl(); o.r = D("r"); o.p = D("p"); o.q = D("q")
del o
print("--- deque")
import collections
dq = collections.deque([D(1), D(2), D(3)])
dq.popleft(); print("x"); del dq
print("--- chained comparisons temps")
print(D(1).n < D(2).n)
print("--- with")
class CM:
    def __enter__(self): return D("enter")
    def __exit__(self, *a): print("exit"); return False
with CM() as v:
    print("inside")
del v
print("--- module end")
g1 = D("global1"); g2v = D("global2"); lst_g = [D("inlist")]
