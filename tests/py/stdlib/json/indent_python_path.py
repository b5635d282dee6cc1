# indent= takes the pure-Python encoder's path: subclass iteration, truth tests,
# live lists and its messages, next to the C encoder's behaviour.
import json

class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([1, 2, 3])
    def __len__(self):
        print("L.__len__")
        return 0

class T(tuple):
    def __iter__(self):
        return iter(["t"])

class D(dict):
    def items(self):
        print("D.items")
        return [("z", 1), ("a", 2)]

class D2(dict):
    def items(self):
        return [("k", 1, 2)]

class D3(dict):
    def items(self):
        return [5]

class D4(dict):
    def items(self):
        return ["ab"]

class F(float):
    def __repr__(self):
        return "F!"

for obj in [L([9]), L(), T((1, 2)), D(x=1), D(), {"a": [L([1])]}]:
    for ind in (None, 2):
        try:
            print(repr(json.dumps(obj, indent=ind)))
        except Exception as e:
            print(type(e).__name__, e)
print(json.dumps(D(q=1), indent=1, sort_keys=True))
for cls in (D2, D3, D4):
    for ind in (None, 2):
        try:
            print(json.dumps(cls(x=1), indent=ind))
        except Exception as e:
            print(type(e).__name__, e)
for v in [float("nan"), F("inf"), F(1.5), {F("nan"): 1}, {1.5: 2, float("inf"): 3}]:
    for ind in (None, 2):
        try:
            print(json.dumps(v, indent=ind, allow_nan=False))
        except Exception as e:
            print(type(e).__name__, e)
        print(json.dumps(v, indent=ind))

lst = [1, 2]
def grow(o):
    if len(lst) < 6:
        lst.append(len(lst))
    return "obj"
for ind in (1,):  # the C encoder's view of a growing list is undefined
    lst[:] = [1, object(), 2]
    print(json.dumps(lst, indent=ind, default=grow))

d = {"a": object(), "b": 2}
def mut(o):
    d["c"] = 3
    return 0
for ind in (None, 1):
    try:
        print(json.dumps(d, indent=ind, default=mut))
    except Exception as e:
        print(type(e).__name__, e)
    d.pop("c", None)

for ind in (0, -1, "", "--", 3, "\t"):
    print(repr(json.dumps({"a": [1, {"b": []}, {}], "c": "x"}, indent=ind)))
try:
    json.dumps([1], indent=1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    json.dumps({1: 1, "a": 2}, indent=1, sort_keys=True)
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1, None: 2, True: 3, 4: 5}, indent=1, skipkeys=True))
try:
    json.dumps({(1, 2): 3}, indent=1)
except Exception as e:
    print(type(e).__name__, e)
a = []
a.append(a)
for ind in (None, 1):
    try:
        json.dumps(a, indent=ind)
    except Exception as e:
        print(type(e).__name__, e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(E(indent=2).encode({"s": {3, 1, 2}, "u": "é\u2028"}))
print(json.dumps({"s": "é\U0001f600"}, indent=2, ensure_ascii=False))
try:
    print(E(indent=2).encode({"s": object()}))
except Exception as e:
    print(type(e).__name__, e)
print(list(E(indent=2).iterencode([1, {"a": 2}])))
print(json.dumps([1, 2], indent=2, separators=(";", "=")))
print(json.dumps({"a": 1}, indent=2, separators=(";", "=")))
