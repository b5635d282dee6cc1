# The first automatic collections: generation 0's count passes 700 every 701 allocations, and
# the statistics continue from what the interpreter's start collected.
import gc

events = []
allocated = 0


def on_gc(phase, info):
    if phase == "start":
        events.append((allocated, info["generation"]))


gc.callbacks.append(on_gc)
keep = []
while len(events) < 12:
    keep.append([allocated])
    allocated += 1
gc.callbacks.remove(on_gc)
print([b[0] - a[0] for a, b in zip(events, events[1:])])
print([e[1] for e in events])
print([s["collections"] for s in gc.get_stats()], gc.get_count()[1:])
