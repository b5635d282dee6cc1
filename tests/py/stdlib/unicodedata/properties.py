# unicodedata: names, lookup, categories and the other per-character properties, errors.
import unicodedata as ud

chars = "aZ0٣½Ⅻ²é\u0301\u20ac\u00a0 \t\n\u2028\ufeff\u0378\ud800\ue000\U0010ffff€中가각힣\u3400\U00020000\U0002a6df\uf900\ufa6d\U00017000\U00018b00\U0001b170\U0001f600\U0001d11e\u0e3f\u05d0\u0627(》\u00ad\U000e0001"
for ch in chars:
    print(f"U+{ord(ch):04X}", ud.name(ch, None), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))

for name in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "EURO SIGN", "SNOWMAN",
             "CJK UNIFIED IDEOGRAPH-4E2D", "CJK UNIFIED IDEOGRAPH-20000", "HANGUL SYLLABLE GAG",
             "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE A", "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170",
             "CJK COMPATIBILITY IDEOGRAPH-F900", "GRINNING FACE", "NO-BREAK SPACE", "SPACE",
             "CJK UNIFIED IDEOGRAPH-0041", "CJK UNIFIED IDEOGRAPH-9FFF", "HANGUL SYLLABLE QQQ", "NOT A NAME"]:
    try:
        print(name, ascii(ud.lookup(name)))
    except KeyError as exc:
        print(name, "KeyError", exc)
print(ascii(ud.lookup(b"DIGIT ONE")))

for fn in [ud.name, ud.decimal, ud.digit, ud.numeric, ud.category, ud.combining, ud.mirrored]:
    for arg in ["ab", "", 5]:
        try:
            fn(arg)
        except TypeError as exc:
            print("TypeError", exc)
for fn, ch in [(ud.name, "\x00"), (ud.decimal, "x"), (ud.digit, "½"), (ud.numeric, "x")]:
    try:
        fn(ch)
    except ValueError as exc:
        print(fn.__name__, "ValueError", exc)
    print(fn(ch, "dflt"))
try:
    ud.lookup(5)
except TypeError as exc:
    print("TypeError", exc)

print(ud.unidata_version)
counts = {}
for cp in range(0, 0x30000, 7):
    cat = ud.category(chr(cp))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
named = sum(1 for cp in range(0, 0x30000, 3) if ud.name(chr(cp), None))
print(named)
print(sum(ud.combining(chr(cp)) for cp in range(0x300, 0x400)), sum(ud.mirrored(chr(cp)) for cp in range(0x2000, 0x3000)))
print([ud.east_asian_width(chr(cp)) for cp in (0x41, 0x1100, 0x3000, 0xff01, 0xff61, 0xa1, 0x20a9)])
print(sum(ud.numeric(chr(cp), 0) for cp in range(0x10000)))
