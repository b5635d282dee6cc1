# An object resurrected by its finalizer into a list, then put into a cycle, is collected
# later without running __del__ again.
import gc

keep = []


class P:
    __slots__ = ("me", "__weakref__")

    def __del__(self):
        print("__del__ once")
        keep.append(self)


gc.collect()
p = P()
del p
print("resurrected:", len(keep))
q = keep.pop()
q.me = q
del q
print("collected:", gc.collect())
print("keep:", keep)
