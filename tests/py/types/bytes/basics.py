b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::3], list(b[:3]), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b + b"!", b * 2, 2 * b"ab", b"l" in b, 108 in b, b"" in b, b.count(b"l"), b.find(b"o"), b.rfind(111), b.index(b"W"))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\x00\t\n\r\x7f\x80\xff\\"), str(b"x"))
for bad in [lambda: b + "a", lambda: b + 1, lambda: "a" + b, lambda: b[100], lambda: b["a"], lambda: "a" in b, lambda: 256 in b, lambda: b * "x"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
