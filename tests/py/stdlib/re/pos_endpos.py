# pos and endpos: anchors, lookbehind and word boundaries see the whole string
import re

s = "abc abc"
for pat in ["^abc", r"\Aabc", "abc$", r"abc\Z", r"\babc", r"(?<=c )abc", r"(?<!c )abc", r"c\b", r"\Bb", "$", "^"]:
    p = re.compile(pat)
    print(pat, [(pos, end, m and m.span()) for pos in (0, 1, 4) for end in (3, 6, 7) for m in [p.search(s, pos, end)]])
print(re.compile("a").match("ba", 1), re.compile("a").fullmatch("bab", 1, 2), re.compile("").search("abc", 3))
print(re.compile(".").findall("abcdef", 2, 4), re.compile("").findall("abc", 1, 2))
print(re.compile(r"\w+").match("hello", 1, 3).group(), re.compile(r"\w+").match("hello", 3, 1))
m = re.compile(r"\w").search("xyz", 1, 2)
print(m.pos, m.endpos, m.string, m.span())
print(re.compile("x").search("x", 1), re.compile("").search("x", 2), re.compile("$").search("ab", 5, 0))
