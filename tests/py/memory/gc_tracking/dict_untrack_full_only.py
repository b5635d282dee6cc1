# _PyDict_MaybeUntrack runs only in full collections.
import gc

holder = []
d = {"a": holder}
del d["a"]
d["b"] = 2
print("tracked:", gc.is_tracked(d))
gc.collect(0)
print("after gen 0:", gc.is_tracked(d))
gc.collect(1)
print("after gen 1:", gc.is_tracked(d))
gc.collect(2)
print("after gen 2:", gc.is_tracked(d))
d["c"] = (1, 2)
print("tuple value tracks the dict again:", gc.is_tracked(d))
gc.collect()
print("tuple of atoms untracked first, then the dict:", gc.is_tracked(d["c"]), gc.is_tracked(d))
