import json

for obj in [{1, 2}, object, b"bytes", bytearray(b"x"), 1j, range(3)]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps([1, {"a": {2, 3}}])
except TypeError as e:
    print("TypeError:", e)

for kw in [{}, {"indent": 1}]:
    for v in [float("nan"), float("inf"), [float("-inf")], {"k": float("nan")}]:
        try:
            print(json.dumps(v, allow_nan=False, **kw))
        except ValueError as e:
            print("ValueError:", e)

a = [1]
a.append(a)
d = {}
d["self"] = d
for obj in [a, d, [d], {"x": [a]}]:
    for kw in [{}, {"indent": 2}]:
        try:
            json.dumps(obj, **kw)
        except ValueError as e:
            print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
