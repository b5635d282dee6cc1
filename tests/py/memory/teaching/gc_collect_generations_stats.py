import gc

# gc.get_stats(): per generation, how many collections ran and what they found.


class Link:
    def __init__(self):
        self.next = self


def stats():
    return [(s["collections"], s["collected"]) for s in gc.get_stats()]


base = stats()
gc.collect(0)
for _ in range(10):
    Link()
found = gc.collect(0)
print("gen0 collection found", found)
for _ in range(4):
    Link()
print("gen1:", gc.collect(1))
print("gen2:", gc.collect(2))
after = stats()
print([(a[0] - b[0], a[1] - b[1]) for a, b in zip(after, base)])
print(gc.get_count())
