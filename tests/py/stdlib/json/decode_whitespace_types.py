# JSONDecoder.decode's whitespace skipping (json.loads, decode and raw_decode): around documents,
# with astral characters before the end, trailing data, and the TypeErrors of a non-str argument
# (python3's come from the WHITESPACE regex: 'expected string or bytes-like object, got ...').
import json
for x in (123, b' 1', bytearray(b'1'), None, memoryview(b'1'), '  \t\n[1, 2]\r\n ', ' 1 x', '', '   ', '\U0001f600', ' "\U0001f600" ', '"\U0001f600"  ', '"\U0001f600"  x', '[1,\n2]  \n', '{"a": "\U0001f600\U0001f600"}   {'):
    try: print(repr(json.JSONDecoder().decode(x)), repr(json.loads(x)) if isinstance(x, str) else '')
    except Exception as e: print(type(e).__name__, e)
print(json.JSONDecoder().raw_decode('[1]  '), json.loads(b'  {"k": 1}  '))
