# Dicts in cycles.
import gc

gc.collect()
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
d1 = {}
d2 = {"d1": d1}
d1["d2"] = d2
del d1, d2
print("two dicts:", gc.collect())
d = {}
lst = [d]
d[1] = lst
del d, lst
print("dict and list:", gc.collect())
