import gc
import weakref

# WeakKeyDictionary, WeakSet and WeakMethod.


class Key:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n


meta = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
meta[k1] = "one"
meta[k2] = "two"
print(len(meta), sorted(meta.values()))
del k1
print(len(meta), sorted(meta.values()))

ws = weakref.WeakSet()
objs = [Key(i) for i in range(5)]
for o in objs:
    ws.add(o)
print(len(ws))
del objs[:3]
print(len(ws))

k = Key(9)
plain = weakref.ref(k.method)
print("plain ref to a bound method is dead at once:", plain() is None)
wm = weakref.WeakMethod(k.method)
print("WeakMethod works:", wm()())
del k
print("after del:", wm())
cyc = Key(7)
cyc.me = cyc
ws.add(cyc)
del cyc
print("before collect:", len(ws))
gc.collect()
print("after collect:", len(ws))
