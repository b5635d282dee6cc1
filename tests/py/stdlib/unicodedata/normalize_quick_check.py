# unicodedata.normalize gives back its argument itself exactly when CPython's quick check says
# the text is certainly in that form (ASCII text, no character that can decompose or join the
# one before it, combining marks already in order); otherwise a new string, even an equal one.
# An empty string comes back before the form is checked. is_normalized agrees with normalize.
import random
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")


class S(str):
    pass


POOL = (
    "ae\u00e9\u00c5\u212b\u0041\u030a\u0301\u0300\u0308\u0304\u0323\u0327\u031b\u0345"
    "\u0385\u03d3\u1e9b\u1fc1\u1fed\u0344\u0f73\u0f77\u0f81\u0b47\u0b3e\u0b57\u09c7\u09be"
    "\u1100\u1161\u11a8\u1175\u11c2\uac00\uac01\ud7a3\u3131\u00bd\u2460\ufb01\u01c5\u00a0"
    "\u2126\u03a9\u212a\u0130\u00df\u1e0a\u1e0c\u0307\u05b0\u05b9\u0591\u0651\u064b\u3099\u304b"
    "\u304c\uff76\uff9e\U0001d15e\U0001d165\U0001d16e\U0001f469\u200d\U0001d400\U0002f800"
)

for text in ["", S(""), "abc", S("abc"), "\u00e9", S("\u00e9"), "e\u0301", "\u0300\u0301",
             "\u0301\u0300", "a\u0323\u0307", "a\u0307\u0323", "\uac00\u11a8", "\u1100\u1161"]:
    for form in FORMS:
        r = ud.normalize(form, text)
        print(form, ascii(text), type(text).__name__, ascii(r), type(r).__name__, r is text,
              ud.is_normalized(form, text))

rng = random.Random(20261130)
same = {f: 0 for f in FORMS}
for n in range(2000):
    text = "".join(rng.choice(POOL) for _ in range(rng.randrange(1, 7)))
    if n % 5 == 0:
        text = "x" + text
    row = []
    for form in FORMS:
        r = ud.normalize(form, text)
        same[form] += r is text
        row.append(f"{form}:{ascii(r)}:{int(r is text)}:{int(ud.is_normalized(form, text))}")
    if n % 97 == 0:
        print(ascii(text), " ".join(row))
print(same)

for args in [("X", ""), ("X", "\u00e9"), ("X", "abc"), (1, "a"), ("NFC", 1)]:
    for fn in (ud.normalize, ud.is_normalized):
        try:
            print(fn.__name__, args, ascii(fn(*args)))
        except (TypeError, ValueError) as e:
            print(fn.__name__, args, type(e).__name__, e)
