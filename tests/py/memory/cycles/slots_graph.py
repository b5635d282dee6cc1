# A random-looking but deterministic graph of __slots__ nodes: only the unreachable part is freed.
import gc


class N:
    __slots__ = ("id", "out")

    def __init__(self, i):
        self.id = i
        self.out = []


gc.collect()
nodes = [N(i) for i in range(30)]
for i, n in enumerate(nodes):
    for j in ((i * 7 + 3) % 30, (i * 11 + 5) % 30):
        n.out.append(nodes[j])
roots = [nodes[0]]
seen = set()
stack = list(roots)
while stack:
    n = stack.pop()
    if n.id in seen:
        continue
    seen.add(n.id)
    stack.extend(n.out)
print("reachable from root:", len(seen))
del nodes, n, stack
print("collected:", gc.collect())
del roots
print("collected after dropping root:", gc.collect())
