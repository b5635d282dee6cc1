# WeakMethod keeps a bound method alive as long as its instance and function live.
import weakref


class C:
    def m(self):
        return "m called"


c = C()
plain = weakref.ref(c.m)
print("plain ref to a bound method dies at once:", plain())
wm = weakref.WeakMethod(c.m)
print("WeakMethod alive:", wm()())
print("equal WeakMethods:", wm == weakref.WeakMethod(c.m), hash(wm) == hash(weakref.WeakMethod(c.m)))
wm2 = weakref.WeakMethod(c.m, lambda r: print("callback: method died"))
del c
print("after instance death:", wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
