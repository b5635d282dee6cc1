# A generation-0 collection runs by itself once enough container objects were allocated.
import gc


class Node:
    __slots__ = ("peer",)


gc.collect()
gens = []
gc.callbacks.append(lambda phase, info: phase == "stop" and gens.append((info["generation"], info["collected"])))
gc.set_threshold(50)
keep = []
for i in range(200):
    n = Node()
    n.peer = n
    keep.append(n) if i % 2 else None
del n
gc.callbacks.clear()
gc.set_threshold(700)
print("automatic collections happened:", len(gens) > 0)
print("all generation 0 or 1:", all(g in (0, 1) for g, _ in gens))
print("some garbage collected automatically:", sum(c for _, c in gens) > 0)
