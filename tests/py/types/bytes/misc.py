b = b"data"
print(b.__bytes__(), b.__getnewargs__(), b.__len__(), b.__getitem__(0), b.__contains__(b"at"), b.__add__(b"!"), b.__mul__(2), b.__mod__(()), b.decode(), b.decode("ascii", "strict"), b.decode(encoding="utf-8"))
ba = bytearray(b"xy")
print(ba.__reduce__()[:2], ba.__reduce_ex__(4)[:2], bytearray().__reduce__()[:2])
for bad in [lambda: b.decode("foo"), lambda: b.decode(1), lambda: b.expandtabs(1, 2), lambda: b.zfill(1.5), lambda: b.hex(1), lambda: bytearray(b"ab") + "a", lambda: bytearray(b"ab") * "a"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b.isascii(), b"\x80".isascii(), b"".isalpha(), b"abc".isalnum(), b" \t".isspace(), b"Ab Cd".istitle())
