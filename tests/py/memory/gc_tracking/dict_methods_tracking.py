# Which dict operations start tracking.
import gc

d = {}
d.setdefault("k", [])
print("setdefault with list:", gc.is_tracked(d))
d = {}
d.update({"x": 1})
print("update with atoms:", gc.is_tracked(d))
d.update(y=[])
print("update with list:", gc.is_tracked(d))
d = dict(zip("ab", [1, 2]))
print("dict(zip) of atoms:", gc.is_tracked(d))
d = {**{"a": 1}}
print("unpacked atoms:", gc.is_tracked(d))
d = {**{"a": []}}
print("unpacked list:", gc.is_tracked(d))
d = {(1, 2): 3}
print("tuple key:", gc.is_tracked(d))
d = {1: None, 2: True, 3: 1.5, 4: "s", 5: b"b"}
print("assorted atoms:", gc.is_tracked(d))
