# weakref.ref: calling returns the object while it lives, None afterwards.
import sys
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print("alive:", r() is a)
print("refcount not raised by ref:", sys.getrefcount(a))
print("same basic ref reused:", weakref.ref(a) is r)
print("count:", weakref.getweakrefcount(a), "refs:", weakref.getweakrefs(a) == [r])
del a
print("dead:", r())
print("count after death: ", weakref.getweakrefcount(r))
print("callback attribute:", r.__callback__)
