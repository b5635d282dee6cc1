# ASCII decoding and encoding of long inputs at every alignment: views starting at odd offsets,
# a non-ASCII byte at each position around the word boundaries, and str.encode of ASCII,
# latin-1 and wider strs.
base = bytes(range(32, 127)) * 3
for start in range(0, 5):
    for bad_at in [0, 1, 2, 3, 4, 5, 63, 64, 65, 66, 67, 100, 200, 283]:
        data = bytearray(base)
        if bad_at < len(data):
            data[bad_at] = 0x80 + bad_at % 128
        view = memoryview(data)[start:]
        try:
            text = str(view, "ascii")
            print(start, bad_at, "ok", len(text), text[:3])
        except UnicodeDecodeError as e:
            print(start, bad_at, e.start, e.end, hex(e.object[e.start]))
        print(start, bad_at, len(bytes(view).decode("ascii", "replace")), bytes(view).decode("ascii", "ignore")[-4:])
long_ascii = "abc" * 5000
long_latin1 = "caf\xe9" * 5000
long_wide = "\u2603" + "x" * 9000
for s in [long_ascii, long_latin1, long_wide]:
    for enc in ["ascii", "latin-1", "utf-8"]:
        try:
            b = s.encode(enc)
            print(enc, len(b), b[:6], b.decode(enc) == s, type(b).__name__)
            print(b[10:14], bytes(b[-3:]), b.count(b"c"))
        except UnicodeEncodeError as e:
            print(enc, "UnicodeEncodeError", e.start, e.end)
print(long_ascii.encode("ascii", "strict")[5:9], long_latin1.encode("iso-8859-1")[3:5])
