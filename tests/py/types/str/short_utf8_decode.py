# bytes.decode('utf-8') of short inputs (under 64 bytes) mixing ASCII with 2-, 3- and 4-byte
# sequences, and short inputs broken at every kind of invalid sequence (truncated, overlong,
# surrogate, out of range, stray continuation) with each error handler; sizes show the kind.
import sys

samples = ["café", "event-12-é", "€uro", "日本語テキスト", "a😀b", "😀", "x" * 40 + "ÿ", "ĀāĂ" * 10, "\u07ff\u0800\uffff", "\U0010ffff"]
for s in samples:
    b = s.encode()
    d = b.decode("utf-8")
    print(len(b), d == s, len(d), sys.getsizeof(d), ascii(d[-2:]))
    print(bytearray(b).decode(), memoryview(b)[1:].tobytes().decode("utf-8", "replace"))

bad = [b"caf\xc3", b"ab\xc0\xafcd", b"\xed\xa0\x80z", b"q\xf4\x90\x80\x80", b"\x80abc", b"\xe2\x82",
       b"ok\xf0\x9f\x98", b"\xe2(\xa1", b"\xff\xfe", b"\xc3\xa9\xe9", b"x" * 50 + b"\xc3"]
for b in bad:
    for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
        print(ascii(b.decode("utf-8", errors)))
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e.start, e.end, e.reason)
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), b"abc".decode("utf-8"), b"".decode())
