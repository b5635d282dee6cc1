import json

bad = ['', ' ', 'x', '[1,]', '{"a":1,}', '{"a" 1}', '{1: 2}', '[1 2]', '"unterminated', '"bad \\x escape"',
       '"\\u12"', '"\\uzzzz"', '[', '{', '{"a":', 'nul', 'tru', '-', '-x', '1.', '1e5e', '01', '[1, 2',
       '{"a": 1', '"ctl \x01"', '1 2', '[1]\n\n  x', '{"a": [1, {"b": }]}', '\ufeff[]', '[1,\n2,\n,3]',
       '"\\ud834\\u12"', '{"a":1 "b":2}', '[-Infinityx]', 'NaNa', '"tab\there"']
for s in bad:
    try:
        print("OK", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
e = json.JSONDecodeError("msg", "a\nbc\nd", 5)
print(e, e.args, e.lineno, e.colno)
print(e.__reduce__()[1])
for obj in [1, None, [1], {"a": 1}]:
    try:
        json.loads(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads(b'\xff\xfe\xfd')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
