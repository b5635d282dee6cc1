# Instances with __slots__ (no __dict__) in cycles.
import gc


class S:
    __slots__ = ("other",)


gc.collect()
a = S()
b = S()
a.other = b
b.other = a
del a, b
print("slots pair:", gc.collect())
a = S()
a.other = [a]
del a
print("slot holding a list holding the instance:", gc.collect())
