# \w \d \s, case-insensitive sets and literals checked over every code point (summarised)
import re

everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x30000))) + "".join(map(chr, range(0xE0000, 0xE0200)))

def summary(chars):
    h = 0
    for ch in chars:
        h = (h * 31 + ord(ch)) % 1000000007
    return len(chars), h

for cls in [r"\w", r"\d", r"\s", r"[^\d\s]"]:
    print(cls, summary(re.findall(cls, everything)), summary(re.findall(cls, everything, re.A)))
print("\\b", len(re.findall(r"\b", everything[:5000])))
bmp = everything[:0xD800]
for lo in range(0x40, 0x2200, 0x380):
    pat = "[%s-%s]" % (chr(lo), chr(lo + 0x3f))
    print(hex(lo), summary(re.findall(pat, bmp, re.I)), summary(re.findall(pat, bmp, re.I | re.A)))
for lo, hi in [(0x10400, 0x1044f), (0x1e900, 0x1e94b), (0x16e40, 0x16e7f), (0x10c80, 0x10cff)]:
    pat = "[%s-%s]" % (chr(lo), chr(hi))
    print(hex(lo), summary(re.findall(pat, everything, re.I)))
cased = [c for c in bmp[:0x2200] if c.lower() != c.upper()]
hits = []
for c in cased[::23]:
    p = re.compile(re.escape(c), re.I)
    hits.append("".join(p.findall(bmp[:0x2200])))
print(len(cased), summary("".join(hits)))
