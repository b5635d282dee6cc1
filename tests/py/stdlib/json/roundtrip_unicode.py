import json

samples = ["ascii", "latin \u00e9\u00ff", "bmp \u4e2d\u6587 \u2603", "astral \U0001f600\U00010348",
           "controls \x00\x01\x1f", "mixed \"q\" \\ /", "\u2028 line sep", "\ud800 lone"]
for s in samples:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(a, ascii(u), json.loads(a) == s, json.loads(u) == s, len(json.loads(a)))
print(json.dumps({"\U0001f600": "\U0001f600"}))
print(json.loads('{"\\ud83d\\ude00": 1}'))
d = json.loads('{"x\U0001f600y": [1, "\U0001f600", {"z": 2}], "k": "v"}')
print(ascii(d))
try:
    json.loads('["\U0001f600", x]')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('"\U0001f600" [1]'))
print(json.decoder.scanstring('\U0001f600"ab"', 2))
