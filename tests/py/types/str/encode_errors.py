samples = ["abc", "é", "\u20ac", "😀", "a\udc80b", "\udcff\udc41", "mixé€😀"]
encs = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-be", "utf-32-le", "utf-8-sig"]
handlers = ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
for s in samples:
    for enc in encs:
        out = []
        for h in handlers:
            try:
                out.append(s.encode(enc, h))
            except UnicodeEncodeError as e:
                out.append("E:%s:%d-%d:%s" % (e.encoding, e.start, e.end, e.reason))
        print(ascii(s), enc, out)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.args[0], e.object, e.start, e.end, e.reason)
for bad in [lambda: "x".encode("nope"), lambda: "é".encode("ascii", "nope"), lambda: "x".encode("hex"), lambda: "x".encode(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
