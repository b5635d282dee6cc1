# Only containers: a web of lists and dicts.
import gc

gc.collect()
hub = {}
spokes = [[hub] for _ in range(6)]
hub["spokes"] = spokes
for i, s in enumerate(spokes):
    s.append(spokes[(i + 2) % 6])
del hub, spokes, s
print("hub and spokes:", gc.collect())
