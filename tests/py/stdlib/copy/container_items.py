# deepcopy of containers whose items are immutable scalars: the items are shared, a memo
# entry for a scalar's id still replaces it, tuples of scalars come back as themselves.
import copy

s = "a string item"
big = 10**40
items = [s, big, 1.5, None, True, b"by", 2j, (1, "t"), [s]]
c = copy.deepcopy(items)
print(c == items, [a is b for a, b in zip(c, items)])

memo = {id(s): "replaced", id(big): -1}
print(copy.deepcopy([s, big, [s], (s, 1), {s: big}], memo))

d = {s: big, "k": [big], 3: (s,)}
d2 = copy.deepcopy(d)
print(d2 == d, d2[s] is big, d2["k"] is not d["k"], d2[3] is d[3])
t = (s, big, None)
print(copy.deepcopy(t) is t, copy.deepcopy((s, [1])) is not None)

keep = {}
copy.deepcopy([s, [1, 2]], keep)
print(sorted(type(v).__name__ for v in keep.values()))
