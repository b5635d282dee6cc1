# unicodedata.normalize / is_normalized over samples and a sweep of code points.
import hashlib
import unicodedata as ud

samples = ["café", "cafe\u0301", "Å", "A\u030a", "\u212b", "ﬁ", "①", "x²", "Ç\u0327", "q\u0307\u0323",
           "\u1e0b\u0323", "가", "\u1100\u1161", "\u1100\u1161\u11a8", "각\u11a8", "\u3131", "ｶﾞ", "Ⅻ",
           "\u0958", "\u2126", "e\u0301\u0301", "a\u0328\u0301\u0308", "\U0001d15e", "\u0f73", "",
           "\u00c5\u0316", "\u0344", "Ä\u0304", "ṩ", "ḍ̇", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f",
           "\u0041\u0300\u0315\u0300\u05ae\u0300\u0062", "한국어", "\uac00\u11a7", "\U0002f800"]
for s in samples:
    print(ascii(s), [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

s = "already"
print(ud.normalize("NFC", s) is s)
for bad in [("NFX", "a"), ("nfc", "a")]:
    try:
        ud.normalize(*bad)
    except ValueError as exc:
        print("ValueError", exc)
for bad in [("NFC", 5), (5, "a")]:
    try:
        ud.normalize(*bad)
    except TypeError as exc:
        print("TypeError", exc)

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    h = hashlib.sha256()
    for start in range(0, 0x30000, 256):
        text = "".join(chr(c) for c in range(start, start + 256) if not 0xd800 <= c < 0xe000)
        h.update(ud.normalize(form, text).encode("utf-8"))
    print(form, h.hexdigest()[:24])
