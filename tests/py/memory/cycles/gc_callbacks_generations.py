# Each generation passed to gc.collect is reported to the callbacks.
import gc

seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, info["generation"])))
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.collect()
gc.callbacks.clear()
print(seen)
