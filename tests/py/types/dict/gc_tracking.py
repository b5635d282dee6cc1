# gc.is_tracked for dicts: untracked until a key or value could be part of a cycle.
import gc

print(gc.is_tracked({}), gc.is_tracked({1: 1}), gc.is_tracked({"a": "b"}), gc.is_tracked({1: []}))
d = {}
d[1] = 2
print(gc.is_tracked(d), end=" ")
d[2] = (1, 2)
print(gc.is_tracked(d), end=" ")
d[3] = [d]
print(gc.is_tracked(d))
print(gc.is_tracked({1: 1}.copy()), gc.is_tracked({1: []}.copy()), gc.is_tracked(dict({1: []})), gc.is_tracked(dict(a=1)))


class Sub(dict):
    pass


print(gc.is_tracked(Sub()), gc.is_tracked(dict.fromkeys([1])), gc.is_tracked(dict.fromkeys([1], [])))
