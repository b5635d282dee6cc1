# Loop variables keep the last item; comprehension variables do not leak.
import sys


class V:
    pass


vals = [V(), V(), V()]
for item in vals:
    pass
print("loop variable keeps last item:", sys.getrefcount(vals[-1]), sys.getrefcount(vals[0]))
squares = [x for x in vals]
print("comprehension result:", sys.getrefcount(vals[0]))
del squares
d = {i: x for i, x in enumerate(vals)}
print("dict comprehension:", sys.getrefcount(vals[1]))
del d
s = {id(x): x for x in vals}
print("keyed by id:", sys.getrefcount(vals[2]))
del s


def local_loop(seq):
    for y in seq:
        pass
    return sys.getrefcount(seq[-1])


print("local loop var:", local_loop(vals))
del item
print("after del item:", sys.getrefcount(vals[-1]))
total = 0
while vals:
    last = vals.pop()
    total += 1
print("popped in while, last kept:", sys.getrefcount(last), total)
