# Addresses of instances and their dicts: a dead instance's block is reused by the next one, and
# inline values take no dict block.
class P:
    pass


def fresh():
    p = P()
    p.x = 1
    return id(p)


a = fresh()
b = fresh()
print(a == b)

p = P()
p.x = 1
i1 = id(p)
del p
q = P()
print(id(q) == i1)
d = q.__dict__
i2 = id(d)
del q
print(id(d) == i2, d)
del d
r = {}
print(id(r) == i2)

keep = []
ids = []
for _ in range(5):
    o = P()
    o.v = len(keep)
    keep.append(o)
    ids.append(id(o))
dead = ids[2]
del keep[2], o
n = P()
print(id(n) == dead)
