import json
from json import JSONDecoder


class TupleDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=tuple, **kw)


print(json.loads('{"a": [1, {"b": 2}]}', cls=TupleDecoder))
dec = JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('  {"a": 1}xyz', 2))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
print(dec.decode('  "s"  \n'))
print(dec.strict, dec.object_hook, dec.object_pairs_hook, dec.parse_float is float, dec.parse_int is int)
print(dec.parse_constant("NaN"), dec.parse_constant("-Infinity"))


class CountingDecoder(JSONDecoder):
    def decode(self, s):
        obj = super().decode(s)
        return ("decoded", obj)


print(json.loads("[1]", cls=CountingDecoder))
print(json.loads("[1]", cls=JSONDecoder, parse_int=lambda s: int(s) * 10))
text = '{"x": 1} {"y": 2} [3]'
pos = 0
while pos < len(text):
    while text[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    print(obj, pos)
