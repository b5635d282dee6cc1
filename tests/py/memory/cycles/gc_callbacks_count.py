# gc.callbacks are called with (phase, info): what do those calls allocate, as gc.get_count()
# sees it? A full collection empties the free lists, so the "stop" call's info dict is new.
import gc


def quiet(phase, info):
    pass


gc.collect()
print("no callbacks", gc.get_count())
gc.callbacks.append(quiet)
gc.collect()
print("one callback", gc.get_count())
gc.collect(0)
print("gen 0 collection", gc.get_count())

found = []
gc.callbacks.append(lambda phase, info: phase == "stop" and found.append(info["collected"]))
gc.collect()
print("two callbacks", gc.get_count())
gc.callbacks.clear()
gc.collect()
print("cleared", gc.get_count())


class Node:
    def __init__(self):
        self.me = self


# Automatic collections while a program makes cycles: when they come and what they find.
gc.callbacks.append(lambda phase, info: phase == "stop" and found.append(info["collected"]))
for _ in range(1500):
    Node()
gc.callbacks.clear()
print("found", found)
print(gc.get_count())
