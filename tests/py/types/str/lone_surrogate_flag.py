# Strs holding lone surrogates, made every way a str is made, must still be known to hold them:
# utf-8 encoding raises, pickle writes them with surrogatepass (a padded astral str lost them).
import pickle

ASTRAL = "\U0001F600"
made = {
    "center astral": ASTRAL.center(5, "\ud800"),
    "ljust astral": ASTRAL.ljust(3, "\udc00"),
    "rjust astral": (ASTRAL + "x").rjust(4, "\udbff"),
    "center ucs2": "\u2603".center(3, "\ud800"),
    "repeat": "\ud800" * 3,
    "concat": "a\u2603" + "\udc00",
    "slice": ("x\ud800y" * 100)[1:150],
    "join": "\u2603".join(["a", "\udc00", "b"]),
    "zfill": "\ud800".zfill(4),
    "format": "{}{:>3}".format(ASTRAL, "\ud800"),
    "replace": ("ab" * 20).replace("b", "\udc01"),
    "decoded": b"caf\xe9\xff".decode("utf-8", "surrogateescape"),
}
for name, s in made.items():
    try:
        s.encode("utf-8")
        print(name, "encoded")
    except UnicodeEncodeError as e:
        print(name, "UnicodeEncodeError", e.start, e.end, e.reason)
    back = pickle.loads(pickle.dumps(s, 4))
    print(name, back == s, len(s), ascii(s[:8]))
    print(name, s.encode("utf-8", "surrogatepass").hex()[:40], s.encode("utf-8", "replace")[:12])
# Long UCS-2 text without surrogates (the scan's fast path) and with one far in
big = "na\u00efve caf\u00e9 \u2603 " * 3000
print(len(big), len(big.encode()), ascii(big[-3:]))
print(big.encode().decode() == big, ascii(big[7:16]))
late = big + "\udc80" + big
try:
    late.encode()
except UnicodeEncodeError as e:
    print("late", e.start, e.end)
paired = big + ASTRAL + big
print(len(paired), len(paired.encode()), paired.index(ASTRAL), paired.encode().decode() == paired)
