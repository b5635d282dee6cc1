import json

doc = '{"b": 1, "a": {"x": 1.5, "y": [1, 2]}, "c": NaN}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda p: p, object_hook=lambda d: "ignored"))
print(json.loads(doc, parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads(doc, parse_constant=lambda s: "C" + s))
print(json.loads('[Infinity, -Infinity]', parse_constant=str))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=int if False else str))
calls = []


def hook(d):
    calls.append(sorted(d))
    return len(d)


print(json.loads('{"a": {"b": {"c": {}}}, "d": 1}', object_hook=hook), calls)
print(json.loads('"\t"', strict=False), repr(json.loads('["a\nb"]', strict=False)))
try:
    json.loads('"a\nb"')
except json.JSONDecodeError as e:
    print(e)


def failing(s):
    raise KeyError(s)


try:
    json.loads("[1.5]", parse_float=failing)
except KeyError as e:
    print("KeyError", e)
print(json.loads('{"a": 1}', cls=json.JSONDecoder))
