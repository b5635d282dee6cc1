datas = [b"\xff", b"\xe2\x82", b"a\xe2\x82", b"\xc3(", b"\xe2\x82(", b"\xf0\x90\x8c(", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"ok \xc3\xa9 \xf0\x9f\x98\x80 \xff end", b"\x80\x81"]
for d in datas:
    for enc in ["utf-8", "ascii", "latin-1"]:
        out = []
        for h in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                out.append(ascii(d.decode(enc, h)))
            except UnicodeDecodeError as e:
                out.append("E:%s:%d-%d:%s" % (e.encoding, e.start, e.end, e.reason))
        print(d, enc, out)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
    print(e.object, e.start, e.end, e.reason, e.encoding)
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), b"\\u00e9\\n".decode("unicode_escape"), ascii("é\n".encode("unicode_escape")))
print(str(b"abc", "ascii"), str(bytearray(b"xyz"), "utf-8"), str(b"\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"))
