d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), d.get("z", 0), d.pop("b"), d)
d.update(x=9)
d.setdefault("y", [])
d["y"].append(1)
print(d, "a" in d, len(d))
print({k: v for k, v in sorted(d.items())})
merged = {"a": 1} | {"b": 2}
print(merged)
s = {3, 1, 2}
t = {2, 3, 4}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), s <= {1, 2, 3, 4})
fs = frozenset([1, 2])
print(fs, len(fs), 1 in fs)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
