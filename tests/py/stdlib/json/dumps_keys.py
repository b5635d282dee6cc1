import json

print(json.dumps({True: 1, False: 2, None: 3, 1: 4, 2.5: 5, -7: 6, "s": 7}))
print(json.dumps({1.0: "x", float("inf"): "y", float("-inf"): "z"}))
print(json.dumps({10**20: 1}))
for kw in [{}, {"indent": 2}]:
    try:
        json.dumps({(1, 2): 3}, **kw)
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({frozenset(): 3}, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1, b"x": 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({(1, 2): 3, "a": 1, "b": 2}, skipkeys=True, indent=1))
print(json.dumps({"a": 1, 1: "dup"}))
