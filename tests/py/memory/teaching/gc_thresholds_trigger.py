import gc

# A generation-0 collection starts when allocations minus deallocations exceed threshold 0.
print(gc.get_threshold())
gc.collect()
print("after collect:", gc.get_count())
runs = []


def cb(phase, info):
    if phase == "start":
        runs.append(info["generation"])


gc.callbacks.append(cb)
gc.set_threshold(50, 5, 5)
keep = []
for i in range(300):
    keep.append([i])
gc.callbacks.remove(cb)
print("collections:", len(runs), "generations:", sorted(set(runs)))
print(gc.get_count())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
