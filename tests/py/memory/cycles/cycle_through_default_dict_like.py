# A dict whose values are lists that contain the dict.
import gc

gc.collect()
registry = {}
for name in "abc":
    registry[name] = [registry]
del registry
print("dict plus three lists:", gc.collect())
