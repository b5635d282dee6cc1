# A dict holding only untracked tuples is untracked by a full collection, in two steps.
import gc

x = 1
d = {"t": (x, "s")}
print("dict with fresh tuple:", gc.is_tracked(d), gc.is_tracked(d["t"]))
gc.collect()
print("after one full collection:", gc.is_tracked(d), gc.is_tracked(d["t"]))
gc.collect()
print("after two:", gc.is_tracked(d))
