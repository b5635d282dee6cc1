# An object that survives collections moves to older generations; a young collection
# does not see garbage that already lives in an older generation.
import gc


class N:
    __slots__ = ("peer",)


gc.collect()
a = N()
a.peer = a
gc.collect(0)
print("in generation 1 now:", any(o is a for o in gc.get_objects(1)))
del a
print("generation 0 collection finds nothing:", gc.collect(0))
print("generation 1 collection finds it:", gc.collect(1))
b = N()
b.peer = b
gc.collect(1)
print("in generation 2 now:", any(o is b for o in gc.get_objects(2)))
del b
print("gen 0:", gc.collect(0), "gen 1:", gc.collect(1), "gen 2:", gc.collect(2))
