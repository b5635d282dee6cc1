import gc

# Atomic objects are never tracked; tuples and dicts of atomic values get untracked.
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
t = (1, 2, "x")
u = (1, [2])
print("fresh tuples:", gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print("after a collection:", gc.is_tracked(t), gc.is_tracked(u))
d = {}
d["k"] = 1
print("dict of ints:", gc.is_tracked(d))
d["l"] = []
print("dict with a list:", gc.is_tracked(d))


class C:
    pass


print("instance:", gc.is_tracked(C()), "function:", gc.is_tracked(len), gc.is_tracked(lambda: 0))
