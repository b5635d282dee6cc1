# re.IGNORECASE: ASCII and Unicode case folding, classes, backreferences
import re

def show(pat, s, flags=re.I):
    m = re.search(pat, s, flags)
    print(ascii(pat), ascii(s), m and ascii(m.group()))

show("hello", "HeLLo world")
show("[a-z]+", "ABC def")
show("[^a-z]+", "abcDEF123")
show("[A-Z]+", "abcDEF")
show(r"(\w)\1", "aA")
show(r"(?P<c>[a-z])(?P=c)", "Bb")
for ch in ["k", "K", "\u212a"]:
    print(ascii(ch), [bool(re.fullmatch(p, ch, re.I)) for p in ["k", "K", "\u212a", "[k]", "[a-z]", "[^k]"]])
for ch in ["s", "S", "\u017f"]:
    print(ascii(ch), [bool(re.fullmatch(p, ch, re.I)) for p in ["s", "S", "\u017f", "[s]", "[r-t]", "[^s]"]])
for ch in ["i", "I", "\u0130", "\u0131"]:
    print(ascii(ch), [bool(re.fullmatch(p, ch, re.I)) for p in ["i", "I", "\u0130", "\u0131", "[i]", "[h-j]"]])
for ch in ["\u03c3", "\u03c2", "\u03a3"]:
    print(ascii(ch), [bool(re.fullmatch(p, ch, re.I)) for p in ["\u03c3", "\u03c2", "\u03a3", "[\u03c3]", "[\u03c2]"]])
print(bool(re.fullmatch("\u00df", "SS", re.I)), bool(re.fullmatch("\u00df", "\u1e9e", re.I)))
print(bool(re.fullmatch("\u00b5", "\u03bc", re.I)), bool(re.fullmatch("\u00b5", "\u039c", re.I)))
print(bool(re.fullmatch("\u1f80", "\u1f88", re.I)), bool(re.fullmatch("\u01c5", "\u01c4", re.I)))
print(bool(re.fullmatch("\U00010400", "\U00010428", re.I)))
print(bool(re.fullmatch("[\U00010400-\U0001040f]", "\U00010428", re.I)))
# with ASCII only the ASCII letters fold
for pat in ["k", "[a-z]", "\u00e9", "[\u00e0-\u00ff]"]:
    print(ascii(pat), [bool(re.fullmatch(pat, c, re.I | re.A)) for c in ["K", "\u212a", "\u00c9", "\u00e9"]])
# bytes: ASCII folding only
print(re.findall(b"[a-z]+", b"ABC\xc9def", re.I), re.findall(b"\xe9", b"\xc9\xe9", re.I))
# findall with mixed case
print(re.findall("straße", "STRASSE Straße strasse", re.I))
print(re.sub("(?i)cat", "dog", "Cat cAt CAT concatenate"))
print(re.split("x", "aXbxc", flags=re.I))
