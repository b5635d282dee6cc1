import json
from json import JSONEncoder


class SetEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1}}, cls=SetEncoder))
print(SetEncoder(indent=2).encode({"s": {2, 1}}))
try:
    SetEncoder().encode([object.__new__(Exception)])
except TypeError as e:
    print("TypeError:", e)

enc = JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys)
enc2 = JSONEncoder(indent=4)
print(repr(enc2.item_separator), repr(enc2.key_separator))
print(list(JSONEncoder().iterencode({"a": [1, 2.5, None], "b": {"c": True}})))
print(list(JSONEncoder(indent=2).iterencode([1, [2], {}, {"k": "v"}])))
print(list(JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [False]})))
print(list(JSONEncoder().iterencode("just a string")))
print(list(JSONEncoder().iterencode(7)))
print(JSONEncoder().encode("x\ny"), JSONEncoder(ensure_ascii=False).encode("\u00e9"))


class Upper(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(Upper().encode({"a": "b"}))
print(json.dumps(["x"], cls=Upper))


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), True]))
print(json.dumps([MyInt(5), MyFloat(2.5)], indent=1))
print(json.dumps({MyInt(1): MyStr("v"), MyFloat(0.5): 1}))
