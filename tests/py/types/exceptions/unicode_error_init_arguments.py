# UnicodeDecodeError/UnicodeEncodeError built by hand: arguments checked as CPython's "UOnnU",
# a bytearray or memoryview object kept as bytes (a memoryview crashed the interpreter).
try:
    bytearray(b"ab\xff").decode()
except UnicodeDecodeError as e:
    print(repr(e.object), e)
try:
    memoryview(b"ab\xff").tobytes().decode("ascii")
except UnicodeDecodeError as e:
    print(repr(e.object), e)
e = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range")
print(repr(e.object), repr(e), str(e))
e = UnicodeDecodeError("utf-8", memoryview(b"x\xfe"), 1, 2, "bad")
print(repr(e.object), str(e))
for args in [(1, b"", 0, 1, "r"), ("a", "str", 0, 1, "r"), ("a", b"", "0", 1, "r"), ("a", b"", 0, 1, 5), ("a", 5, 0, 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as exc:
        print("TypeError", exc)
for T in (UnicodeDecodeError, UnicodeEncodeError):
    for args in [(), ("a",), ("a", 1.5, 0, 1, "r")]:
        try:
            T(*args)
        except TypeError as exc:
            print(T.__name__, "TypeError", exc)
try:
    UnicodeEncodeError("a", b"x", 0, 1, "r")
except TypeError as exc:
    print("TypeError", exc)
e = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "nope")
print(repr(e.object), e.start, e.end, str(e))
UnicodeDecodeError("utf-8", memoryview(b"q\xff"), 1, 2, "invalid start byte").object.decode()
