# gc.callbacks are called with ("start"|"stop", info) around every collection.
import gc


class Node:
    __slots__ = ("peer", "__weakref__")


events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))


gc.collect()
gc.callbacks.append(cb)
a = Node()
b = Node()
a.peer = b
b.peer = a
del a, b
n = gc.collect()
gc.callbacks.remove(cb)
print("collect returned", n)
for e in events:
    print(e)
events.clear()
gc.collect()
print("no callbacks after removal:", events)
