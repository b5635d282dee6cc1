# base64 Ascii85 and Base85: encodings (folding, padding, wrapping, adobe framing), round trips
# over random data, and decoding errors
import base64
import random

samples = [b"", b"\0", b"\0\0\0\0", b"\0\0\0\0\0", b"    ", b"hello world", b"\xff\xff\xff\xff",
           b"Man is distinguished", bytes(range(30))]
for s in samples:
    print(base64.a85encode(s), base64.a85encode(s, foldspaces=True), base64.a85encode(s, pad=True),
          base64.a85encode(s, adobe=True), base64.b85encode(s), base64.b85encode(s, pad=True))
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s
print(base64.a85encode(bytes(range(60)), wrapcol=20))
print(base64.a85encode(bytes(range(60)), wrapcol=7, adobe=True))
print(base64.a85encode(b"xyz", wrapcol=1, adobe=True))
rng = random.Random(3)
for _ in range(200):
    data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 40)))
    assert base64.a85decode(base64.a85encode(data, wrapcol=rng.randint(0, 30))) == data
    assert base64.b85decode(base64.b85encode(data)) == data
print(base64.a85decode("87cURD]i,\"Ebo80"), base64.a85decode(b"<~87cURD]i~>", adobe=True),
      base64.a85decode("z\n 87cU"), base64.b85decode("Xk~0{Zy<MXa%^M"), base64.b85decode(b"VPa"))
for bad in [lambda: base64.a85decode("z8"), lambda: base64.a85decode("8z"), lambda: base64.a85decode("y", foldspaces=True) and base64.a85decode("8y", foldspaces=True),
            lambda: base64.a85decode("{"), lambda: base64.a85decode("s8W-\"s8W-\""), lambda: base64.a85decode("abc", adobe=True),
            lambda: base64.b85decode("|NsC0|NsC1"), lambda: base64.b85decode("ab\"c"), lambda: base64.a85encode("s"),
            lambda: base64.b85decode(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
