# Several finalize objects on one object run newest first, like weakref callbacks.
import weakref


class R:
    pass


r = R()
for i in range(3):
    weakref.finalize(r, print, "finalizer", i)
print("registered")
del r
print("end")
