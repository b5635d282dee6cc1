import json

data = {"name": "heapstack", "tags": ["a", "b"], "nested": {"x": [1, {"y": []}], "z": {}}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([[]], indent=4))
print(json.dumps([1, 2], indent=-1))
print(repr(json.dumps({"a": [1]}, indent=1, separators=(",", ":"))))
print(repr(json.dumps({"a": [1]}, indent=2)))
print(json.dumps((1, (2, 3)), indent=3))
