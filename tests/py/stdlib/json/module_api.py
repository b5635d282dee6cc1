import json
import json.decoder
import json.encoder
import json.scanner

print(json.__all__)
print(json.__version__)
print(sorted(n for n in dir(json) if not n.startswith("_") and n != "codecs"))
print(json.encoder.encode_basestring('a"b\u00e9'), json.encoder.encode_basestring_ascii('a"b\u00e9\U0001f600'))
print(json.decoder.scanstring('"abc\\n" rest', 1))
print(json.decoder.scanstring('x"yz"', 2))
print(json.detect_encoding(b'{"a"'), json.detect_encoding('{}'.encode("utf-16-le")),
      json.detect_encoding('{}'.encode("utf-16")), json.detect_encoding('[1]'.encode("utf-32-be")),
      json.detect_encoding(b'\xef\xbb\xbf[]'))
print(json.loads('[1, "\u00e9"]'.encode("utf-16")), json.loads('{"a": 2}'.encode("utf-32-le")))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(type(json.JSONDecoder().scan_once).__name__, type(json.encoder.c_make_encoder).__name__)
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
print(json.encoder.INFINITY)
