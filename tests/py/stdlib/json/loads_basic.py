import json

docs = ['null', 'true', 'false', '0', '-0', '12345678901234567890123', '-1.5', '1e3', '1E-3', '2.5e+2',
        '"text"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u2603"', '"\\ud83d\\ude00"',
        '[]', '{}', ' [1, 2 , 3 ] ', '{"a": {"b": [true, null]}}', '\n\t{"k" :\r\n"v"}\n',
        'NaN', 'Infinity', '-Infinity', '[1.0, 2.50, 1e400, -1e400]', '"\\ud800"', '"\\udc00\\ud800"']
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('["\u00e9", "\U0001f600"]'))
print(json.loads(json.dumps({"round": [1, 2.5, "trip", None, {"x": -3}]})))
big = "[" + ",".join(str(i) for i in range(1000)) + "]"
print(sum(json.loads(big)))
r = json.loads('[{"key": 1}, {"key": 2}]')
print(list(r[0])[0] is list(r[1])[0])
