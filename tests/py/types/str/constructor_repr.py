print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str(object=7), str(b"hi", "ascii"), str(b"hi", encoding="utf-8", errors="strict"))
for bad in [lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", "utf-8", "strict", 1), lambda: str(object=1, foo=2), lambda: str(b"a", encoding=None), lambda: str(b"\xff", "ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for s in ["it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "\x00\x07\x7f", "\x85\xa0\xad", "é😀", "\u200b\u2028", "\ud800", "\\"]:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["a", "b'"]), str(("x",)), "%r" % "q")
