# gc.collect() called while a collection is running does nothing and returns 0.
import gc


class N:
    __slots__ = ("me",)

    def __del__(self):
        print("nested collect returns", gc.collect())


gc.collect()
n = N()
n.me = n
del n
print("outer collect:", gc.collect())
