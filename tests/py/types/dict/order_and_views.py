# Insertion order after updates, deletions and re-insertions; keys/values/items views.
d = {"b": 1, "a": 2, "c": 3}
d["a"] = 20
del d["b"]
d["b"] = 10
d.setdefault("z", 0)
d.setdefault("a", 99)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
k = d.keys()
d["new"] = 1
print(k, len(k), "new" in k, ("new", 1) in d.items(), 1 in d.values())
print(d.popitem(), d.popitem(), d)
print(d.keys().mapping, type(d.keys().mapping).__name__)
empty = {}
print(empty, empty.keys(), empty.items(), list(reversed(empty)))
