for s in ["abc", "é€", "😀x", ""]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "latin-1", "unicode_escape", "raw_unicode_escape"]:
        try:
            e = s.encode(enc)
            print(enc, e, e.decode(enc) == s)
        except UnicodeEncodeError as x:
            print(enc, "E", x)
for d in [b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00", b"\x00\xd8", b"\x00\xdc", b"\x00\xd8a\x00", b"\xff", b"\x00\x00\x11\x00", b"\xff\xfe\x00\x00a\x00\x00\x00", b"abcde"]:
    out = []
    for enc in ["utf-16", "utf-16-be", "utf-32", "utf-32-le"]:
        for h in ["strict", "replace", "surrogatepass"]:
            try:
                out.append(ascii(d.decode(enc, h)))
            except UnicodeDecodeError as e:
                out.append(str(e))
    print(d, out)
