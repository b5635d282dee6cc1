# dict reprs with nested and self-referencing containers.
d = {"a": [1, 2], "b": {"c": (3,)}, 1: None, 2.5: "x"}
print(d)
d["self"] = d
print(d)
d2 = {"l": []}
d2["l"].append(d2)
print(d2)
v = {}
v["v"] = v.values()
print(v)
k = {}
k[1] = k.keys()
print(k.keys(), k)
