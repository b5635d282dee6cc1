# A long cycle of containers is still found in one collection.
import gc

gc.collect()
first = []
cur = first
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
print("collected:", gc.collect())
