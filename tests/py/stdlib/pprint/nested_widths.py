import pprint

data = {"name": "heapstack", "versions": [1, 2, 3, [4, 5, [6, 7, {"deep": "value" * 3}]]],
        "matrix": [[i * j for j in range(6)] for i in range(5)], "empty": {}, "none": None,
        "tuple": (1, "two", 3.0), "single": ("only",), "flags": {True, False}}
for width in (1, 20, 40, 60, 80, 120):
    print("width", width)
    pprint.pprint(data, width=width)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat([[1, 2], [3, 4]], width=5))
