# A weakref that is itself part of the garbage does not get its callback called.
import gc
import weakref


class Node:
    pass


gc.collect()
a = Node()
a.me = a
a.wr = weakref.ref(a, lambda wr: print("should not be printed"))
del a
print("collected:", gc.collect() > 0)
print("end")
