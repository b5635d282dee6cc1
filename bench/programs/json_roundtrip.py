# json.dumps / json.loads over varied documents (in the spirit of pyperformance's json_dumps and
# json_loads): nested dicts and lists, unicode and escapes, floats, indent and sort_keys,
# separators, and a custom default / object_hook.
import json

import sys

# tests/py/programs/json_roundtrip.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 300

EMPTY = ({}, 2000)
SIMPLE = ({"key1": 0, "key2": True, "key3": "value", "key4": "foo", "key5": "string"}, 1000)
NESTED = (
    {
        "key1": 0,
        "key2": SIMPLE[0],
        "key3": "value",
        "key4": [1, 2.5, None, False, "x\ny\t\"q\"\\"],
        "key5": {"deep": {"er": [[], [{}], [1e-7, 1e21, -0.0, 3.14159]]}},
    },
    1000,
)
UNICODE = ({"sn\u00f8w": "\u2603 snowman \U0001f600", "caf\u00e9": ["na\u00efve", "\u00fc" * 20]}, 500)
HUGE = ([NESTED[0]] * 100, 4)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def default(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(repr(o))


def hook(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


checksum = 0
for _ in range(SCALE // 10):
    for obj, reps in (EMPTY, SIMPLE, NESTED, UNICODE, HUGE):
        for _ in range(reps // 10):
            s = json.dumps(obj)
            checksum += len(s)
            back = json.loads(s)
            assert back == obj
            s2 = json.dumps(obj, ensure_ascii=False, sort_keys=True)
            checksum += len(s2)
print(checksum)
print(json.dumps(NESTED[0], indent=2, sort_keys=True)[:300])
print(json.dumps(UNICODE[0]))
print(json.dumps(UNICODE[0], ensure_ascii=False, separators=(",", ":")))
pts = [Point(i, i * 0.5) for i in range(5)]
enc = json.dumps({"pts": pts}, default=default)
print(enc)
dec = json.loads(enc, object_hook=hook)
print([(p.x, p.y) for p in dec["pts"]])
big = json.dumps([{"id": i, "name": "item%d" % i, "price": i * 1.25, "tags": ["t%d" % (i % 7)]} for i in range(3000)])
for _ in range(SCALE // 4):
    items = json.loads(big)
print(len(big), sum(it["price"] for it in items), items[-1])
for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "tru", '"\\x"'):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
