# \w \d \s and case-insensitivity across scripts; astral characters
import re

samples = ["abc", "ÀÉÎõü", "Ωμέγα", "Кирилица", "中文字", "한국어", "٠١٢٣", "०१२", "²³", "½Ⅻ", "\u00a0\u2000\u3000",
           "\u200b\u2060", "_", "\U0001d400\U0001d7ce", "\U0001f600", "\u0300a\u0301"]
for s in samples:
    print(ascii(s), [ascii(x) for x in re.findall(r"\w+", s)], re.findall(r"\d", s), len(re.findall(r"\s", s)),
          [ascii(x) for x in re.findall(r"\W", s)])
print([ascii(x) for x in re.findall(".", "a\U0001f600b")], re.match(".{3}", "a\U0001f600b").span())
print(re.search("\U0001f600+", "x\U0001f600\U0001f600y").span())
print(re.sub("[\U0001f600-\U0001f64f]", "?", "hi \U0001f600\U0001f64f!"))
print(re.findall(r"\b\w", "Ñandú çà"), re.findall(r"(?i)ñ", "Ññ"))
print(re.split(r"\s+", "a\u2003b\u3000c\x1cd\x85e"))
print([ascii(c) for c in re.findall(r"\S", "\x1c\x1d\x1e\x1f\x85\u2028")])
