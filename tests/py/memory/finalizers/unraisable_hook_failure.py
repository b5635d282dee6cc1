# When sys.unraisablehook itself fails, both errors are reported by the default hook.
import sys
import weakref


class Callback:
    def __repr__(self):
        return "<Callback>"

    def __call__(self, wr):
        raise ValueError("callback failed")


class Hook:
    def __repr__(self):
        return "<Hook>"

    def __call__(self, unraisable):
        raise TypeError("hook failed")


class A:
    pass


a = A()
r = weakref.ref(a, Callback())
sys.unraisablehook = Hook()
del a
sys.unraisablehook = None
b = A()
r2 = weakref.ref(b, Callback())
del b
print("end")
