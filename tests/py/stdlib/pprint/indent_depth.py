import pprint

data = [1, {"a": [2, 3, {"b": (4, 5, [6, {"c": 7}])}]}, "x" * 30, [[[[["deep"]]]]]]
for indent in (0, 1, 2, 4):
    print("indent", indent)
    pprint.pprint(data, indent=indent, width=30)
for depth in (1, 2, 3, 4):
    print("depth", depth, pprint.pformat(data, depth=depth))
    pprint.pprint(data, depth=depth, width=20)
print(pprint.pformat({"k": {}}, depth=1), pprint.pformat({"k": {"x": 1}}, depth=1), pprint.pformat([(), [], (1,)], depth=1))
