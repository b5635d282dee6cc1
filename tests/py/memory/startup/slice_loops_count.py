# Loops over slices at module level: the slice and the list iterator leave gc.get_count() as python3's.
import gc, sys
ev = [("start", 0, 0, 0), ("stop", 0, 411, 0)]
print(gc.get_count())
for e in ev: pass
print(gc.get_count())
for e in ev: pass
print(gc.get_count())
for q in ev[:1]: pass
print(gc.get_count())
for q in ev[:1]: pass
print(gc.get_count())
