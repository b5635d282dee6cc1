# Unicode text processing (docutils/slugify-like): unicodedata normalisation (NFC/NFD/NFKC/
# NFKD), combining-mark stripping, categories, names and lookup, east_asian_width column
# counting, casefold comparisons, str.translate tables, encodings with error handlers.
import hashlib
import sys
import unicodedata

# tests/py/bench_like/unicode_text.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1500

SAMPLES = [
    "Ça va? Crème brûlée à la mode — naïve façade, coöperate, résumé",
    "Straße groß STRASSE ǅemal ﬁne ﬂour ℌello ① ② ½ ™ Ⅻ",
    "日本語のテキスト、全角ＡＢＣ１２３と半角ｶﾀｶﾅ",
    "Ελληνικά: ΣΊΣΥΦΟΣ σίσυφος; Кириллица: Ёжик в тумане",
    "emoji 👩‍💻 🇫🇷 ❤️ e\u0301 a\u0308\u0304 Å Å Ω Ω",
    "한국어 텍스트 ㄱㄴㄷ 가각갂",
]


def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = []
    for c in text.casefold():
        cat = unicodedata.category(c)
        if cat[0] in "LN":
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def width(text):
    w = 0
    for c in text:
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return w


def categories(text):
    counts = {}
    for c in text:
        k = unicodedata.category(c)
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items())


TABLE = str.maketrans({"—": "-", "“": '"', "”": '"', "½": "1/2", "™": None})


def main():
    h = hashlib.sha1()
    for s in SAMPLES:
        forms = [unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        print([len(f) for f in forms], width(s), slugify(s)[:40])
        print(categories(s)[:6], [unicodedata.is_normalized(f, s) for f in ("NFC", "NFKD")])
    print([unicodedata.name(c, "?") for c in "aé①👩\u0301"])
    print(unicodedata.lookup("GREEK SMALL LETTER SIGMA"), unicodedata.lookup("SNOWMAN"))
    print(unicodedata.decimal("٣"), unicodedata.digit("②", -1), unicodedata.numeric("½"), unicodedata.numeric("Ⅻ"))
    print(unicodedata.bidirectional("א"), unicodedata.mirrored("("), unicodedata.decomposition("é"),
          unicodedata.decomposition("ﬁ"), unicodedata.combining("\u0301"))
    print("Straße".casefold() == "STRASSE".casefold(), "ǅ".lower(), "ǅ".upper(), "ǆ".title(), "ß".upper())
    print("ΣΊΣΥΦΟΣ".lower(), "İ".lower(), len("İ".lower()), "ﬃ".upper())
    print(SAMPLES[0].translate(TABLE)[:30], "½™".translate(TABLE))
    for enc in ("utf-8", "utf-16-le", "latin-1", "ascii", "cp1252"):
        b = SAMPLES[0].encode(enc, errors="replace")
        print(enc, len(b), b[:12], b.decode(enc, errors="replace")[:12])
    print(SAMPLES[2].encode("ascii", "xmlcharrefreplace")[:30], SAMPLES[2].encode("ascii", "backslashreplace")[:24])
    print(b"caf\xe9 \xff".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
    print("x\u00ADy".isprintable(), "½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "Ⅻ".isalpha(), "ǅ".istitle())
    total = 0
    for rep in range(SCALE):
        for s in SAMPLES:
            t = s * (1 + rep % 3)
            for form in ("NFC", "NFD", "NFKC", "NFKD"):
                n = unicodedata.normalize(form, t)
                total += len(n)
                h.update(n.encode("utf-8", "surrogatepass"))
            h.update(slugify(t).encode())
            total += width(t)
            h.update(t.casefold().encode())
            h.update(t.swapcase().encode())
    print(total, h.hexdigest())


main()
