# weakref.finalize calls its function once, when the object dies or when called.
import weakref


class Res:
    pass


r = Res()
f = weakref.finalize(r, print, "finalizer ran", 1, sep="|")
print("alive:", f.alive, "peek func:", f.peek()[1] is print)
del r
print("alive after death:", f.alive)
r2 = Res()
f2 = weakref.finalize(r2, lambda: "result")
print("explicit call:", f2(), "second call:", f2(), "alive:", f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, print, "never")
obj, func, args, kwargs = f3.detach()
print("detached:", obj is r3, args, kwargs, f3.alive)
del r3, obj
print("end")
