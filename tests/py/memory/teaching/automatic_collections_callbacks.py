# Automatic collections watched through gc.callbacks with default and changed thresholds.
import gc, sys
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))
gc.callbacks.append(cb)
print(gc.get_threshold())
class N:
    def __init__(self): self.me = self
for i in range(3000):
    N()
gc.callbacks.remove(cb)
print(len(events))
for e in events[:12]: print(e)
print(gc.get_count())
print([s["collections"] for s in gc.get_stats()])
gc.set_threshold(100, 5, 5)
events.clear()
gc.callbacks.append(cb)
for i in range(1200):
    N()
gc.callbacks.remove(cb)
print(len(events), events[:6])
print(gc.get_count())
gc.set_threshold(0)
for i in range(200): N()
print(gc.get_count())
print(gc.collect())
gc.set_threshold(700, 10, 10)
# list growth counts
print(gc.get_count())
x = [[] for _ in range(50)]
print(gc.get_count())
y = [(i, str(i)) for i in range(50)]
print(gc.get_count())
z = {i: [i] for i in range(50)}
print(gc.get_count())
del x, y, z
print(gc.get_count())
