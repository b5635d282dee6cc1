import gc

# gc.callbacks: called before and after every collection with its generation and results.
events = []


def cb(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))


class Cell:
    def __init__(self):
        self.me = self


gc.callbacks.append(cb)
for _ in range(3):
    Cell()
gc.collect()
for _ in range(2):
    Cell()
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
for e in events:
    print(e)
