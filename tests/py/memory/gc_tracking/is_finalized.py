# gc.is_finalized is only true for objects whose __del__ already ran.
import gc

saved = []


class F:
    def __del__(self):
        saved.append(self)


class NoDel:
    pass


f = F()
print("before:", gc.is_finalized(f), gc.is_finalized(NoDel()), gc.is_finalized(1))
del f
print("after resurrection:", gc.is_finalized(saved[0]))
