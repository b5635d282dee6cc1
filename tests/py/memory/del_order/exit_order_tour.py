# What is destroyed at interpreter exit and in which order: globals, containers, a suspended
# generator, class attributes, weakref callbacks, atexit, finalize, sys.modules entries, cells.
import sys, gc, weakref, atexit
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, flush=True)
class Cyc:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): print("cyc del", self.n)
a = D("a")
b = D("b")
lst = [D("l1"), D("l2")]
dd = {"k": D("dv")}
c = Cyc("c1")
def gen():
    x = D("genlocal")
    try:
        yield 1
    finally:
        print("gen finally at exit")
g = gen(); next(g)
class Holder:
    inst = D("classattr")
h = Holder()
h.attr = D("instattr")
wr = weakref.ref(b, lambda r: print("weak cb b"))
atexit.register(lambda: print("atexit 1"))
atexit.register(lambda: print("atexit 2"))
fin = weakref.finalize(h, print, "finalize h")
import types
m = types.ModuleType("mymod")
m.obj = D("in module obj")
sys.modules["mymod"] = m
def closure():
    v = D("closure cell")
    return lambda: v
fn = closure()
try:
    raise ValueError(D("exc arg"))
except ValueError as e:
    saved_tb = e.__traceback__
    exc = e
z = D("z last")
print("main done")
