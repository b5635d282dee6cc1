# dict methods and their results.
d = dict(one=1, two=2)
print(d.get("one"), d.get("three"), d.get("three", 3), d.setdefault("three", 3), d)
print(d.pop("one"), d.pop("missing", "dflt"), d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), []), dict.fromkeys({"x": 1}, 0))
e = d.copy()
e["copy"] = True
print(d, e)
d.update({"a": 1}, b=2)
d.update([("c", 3), ["d", 4]])
d.update(e=5)
print(d)
print(d | {"a": 100}, {"z": 0} | d)
d |= {"y": 9}
d |= [("w", 8)]
print(d)
print(len(d), "a" in d, "nope" not in d, d.__contains__("a"), d.__getitem__("a"))
print(sorted(m for m in dir(dict) if not m.startswith("__")))
print(d.__sizeof__() > 0, dict.__class_getitem__ is not None)
