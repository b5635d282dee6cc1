samples = ["", "ascii", "latin é ñ", "greek αβγ", "cjk 漢字", "emoji 😀👍🏽", "mixed \u0000\u007f\u0080\u00ff\u0100\uffff\U00010000\U0010ffff"]
for s in samples:
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "unicode_escape", "raw_unicode_escape"]:
        b = s.encode(enc)
        print(enc, len(b), b.decode(enc) == s, hash(b) == hash(bytes(b)))
    print(len(s), len(s.encode()), s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
