# finalize objects: keyword arguments, atexit flag, repr shape, calling twice.
import weakref


class R:
    pass


r = R()
f = weakref.finalize(r, lambda *a, **k: print("args", a, "kwargs", sorted(k.items())), 1, 2, key="v")
print("atexit default:", f.atexit)
f.atexit = False
print("atexit after set:", f.atexit)
print("repr starts:", repr(f).startswith("<finalize object at 0x"), "mentions R:", "'R'" in repr(f))
del r
print("dead repr ends:", repr(f).endswith("; dead>"), "alive:", f.alive, "peek:", f.peek(), "detach:", f.detach())
print("call after death returns:", f())
