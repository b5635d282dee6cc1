# A resurrected object keeps working; gc.is_finalized reports it.
import gc
import sys

saved = None


class R:
    def __del__(self):
        global saved
        saved = self


r = R()
print("finalized before:", gc.is_finalized(r))
del r
print("resurrected:", saved is not None, "finalized:", gc.is_finalized(saved))
print("refcount of resurrected:", sys.getrefcount(saved))
saved.attr = "still usable"
print(saved.attr)
saved = None
print("gone for good")
