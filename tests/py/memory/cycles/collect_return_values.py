# gc.collect() returns the number of unreachable objects it found, per generation asked.
import gc


class Node:
    pass


gc.collect()
for n in range(1, 6):
    objs = [Node() for _ in range(n)]
    for i, x in enumerate(objs):
        x.next = objs[(i + 1) % n]
    del objs, x
    print(n, "nodes:", gc.collect())
print("generation 0 only:")
a = Node()
a.me = a
del a
print(gc.collect(0))
print(gc.collect(0))
a = Node()
a.me = a
del a
print("generation 1:", gc.collect(1))
print("empty full collection:", gc.collect(2))
