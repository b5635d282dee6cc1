import gc

print(gc.get_count())
from collections import OrderedDict
from os import path, sep

registry = OrderedDict()
hits = 0


def record(name, value=None, *, overwrite=False):
    global hits
    hits += 1
    if overwrite or name not in registry:
        registry[name] = value
    return hits


def report():
    for name, value in registry.items():
        print(name, "=", value, sep=" ", end="\n")


record("a", [1, 2])
record("b", (1, 2, 3), overwrite=True)
record("a", 3)
report()
print(hits, path.basename("/x/y.txt"), sep == "/")
