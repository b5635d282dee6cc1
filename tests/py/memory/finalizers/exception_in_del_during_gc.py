# An exception from __del__ during a collection is reported and the collection completes.
import gc
import sys

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, "in", u.object.__qualname__)


class Bad:
    __slots__ = ("me",)

    def __del__(self):
        raise OSError("cannot finalize")


gc.collect()
b = Bad()
b.me = b
del b
print("collected:", gc.collect())
print("end")
