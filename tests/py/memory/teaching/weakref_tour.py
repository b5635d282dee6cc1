# Weak references: callbacks order, WeakValueDictionary/WeakKeyDictionary/WeakSet cleanup,
# finalize (and at exit), WeakMethod, proxies, a weakref callback on a collected cycle.
import weakref, gc, sys, atexit
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
    def __del__(self): print("del", self.n)
log = []
a = Obj(1)
r1 = weakref.ref(a, lambda r: print("cb1", r() is None))
r2 = weakref.ref(a, lambda r: print("cb2"))
r3 = weakref.ref(a)
p = weakref.proxy(a, lambda p: print("proxy cb"))
print(weakref.getweakrefcount(a), r3 is weakref.ref(a), r1 is r3)
del a
print("--- WVD")
wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(10, 14)]
for o in objs: wvd[o.n] = o
print(sorted(wvd.keys()), len(wvd))
del objs[1]
print(sorted(wvd.keys()))
objs.clear()
print(len(wvd), list(wvd.items()))
print("--- WKD")
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj(20), Obj(21)
wkd[k1] = "one"; wkd[k2] = [k2.n]
print(len(wkd), wkd[k1])
del k1
print(len(wkd), list(wkd.values()))
k2 = None
print(len(wkd))
print("--- WeakSet")
ws = weakref.WeakSet()
items = [Obj(30), Obj(31)]
for it in items: ws.add(it)
print(len(ws))
items.pop()
print(len(ws), sorted(x.n for x in ws))
print("--- finalize")
class Res:
    pass
res = Res()
f = weakref.finalize(res, print, "finalize res", 1)
print(f.alive, f.atexit)
del res
print(f.alive)
r = Res()
f2 = weakref.finalize(r, print, "finalize at exit")
f3 = weakref.finalize(r, print, "finalize at exit 2")
f4 = weakref.finalize(Res(), print, "immediately")
print(f4.alive)
f5 = weakref.finalize(r, print, "detached")
print(f5.detach()[2])
f6 = weakref.finalize(r, lambda: print("peek"))
print(f6.peek()[0] is r)
atexit.register(print, "atexit handler")
print("--- cycle with weakref callback")
class Node:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self): print("node del", self.n)
n = Node("cyc")
wr = weakref.ref(n, lambda r: print("cycle cb", r()))
del n
print("collect", gc.collect())
print("--- WeakMethod")
class M:
    def go(self): return "went"
m = M(); wm = weakref.WeakMethod(m.go, lambda r: print("wm cb"))
print(wm()())
del m
print(wm())
print("--- callback order many")
x = Obj(99)
refs = [weakref.ref(x, lambda r, i=i: print("cb", i)) for i in range(4)]
del x
print("--- proxy use")
y = Obj(50)
py = weakref.proxy(y)
print(py.n, repr(py).startswith("<weakproxy at 0x"))
del y
try:
    py.n
except ReferenceError as e:
    print("RefErr", e)
g1 = Obj("global-a")
g2 = Obj("global-b")
keep = weakref.ref(g1, lambda r: print("g1 cb at exit"))
print("end")
