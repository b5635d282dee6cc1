# Dicts start untracked and become tracked when a container goes in; full collections untrack.
import gc

d = {}
print("empty:", gc.is_tracked(d))
d["a"] = 1
d[2] = "two"
print("atomic items:", gc.is_tracked(d))
d["list"] = []
print("after inserting a list:", gc.is_tracked(d))
del d["list"]
print("after removing it (still tracked):", gc.is_tracked(d))
gc.collect(0)
print("after generation 0 collection:", gc.is_tracked(d))
gc.collect()
print("after full collection:", gc.is_tracked(d))
print("literal with a tuple value:", gc.is_tracked({"t": (1, 2)}))
print("literal with a list value:", gc.is_tracked({"l": []}))
print("dict(a=1):", gc.is_tracked(dict(a=1)), "dict(a=[]):", gc.is_tracked(dict(a=[])))
tracked = {"x": []}
print("copy of tracked:", gc.is_tracked(tracked.copy()), "copy of untracked:", gc.is_tracked({"x": 1}.copy()))
print("comprehension:", gc.is_tracked({i: i for i in range(3)}), gc.is_tracked({i: [i] for i in range(3)}))
print("fromkeys:", gc.is_tracked(dict.fromkeys("ab")), gc.is_tracked(dict.fromkeys("ab", [])))
