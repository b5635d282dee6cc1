# An external reference into the middle of a cycle keeps all of it.
import gc


class N:
    __slots__ = ("next", "name")


gc.collect()
ring = [N() for _ in range(4)]
for i, n in enumerate(ring):
    n.name = i
    n.next = ring[(i + 1) % 4]
middle = ring[2]
del ring, n
print("with external ref:", gc.collect())
walk = []
x = middle
for _ in range(4):
    walk.append(x.name)
    x = x.next
print("ring intact:", walk)
del x, middle
print("without:", gc.collect())
