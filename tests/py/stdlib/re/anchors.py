# anchors ^ $ \A \Z \b \B, at string edges and with pos/endpos
import re

s = "foo bar\nbaz"
for pat in ["^", "$", r"\A", r"\Z", r"\b", r"\B", r"^\w", r"\w$", r"\bba", r"a\b", r"\Bo", r"o\B"]:
    print(pat, [m.span() for m in re.finditer(pat, s)], [m.span() for m in re.finditer(pat, s, re.M)])
print(re.search(r"\bfoo\b", "foo"), re.search(r"\bfoo\b", "afoo"), re.search(r"\bfoo\b", "a foo."))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"\B", "a"), re.search(r"\b", " "))
print(re.search("^a", "ba", 1), re.search(r"\Aa", "ba", 1), re.match("a$", "ab", 0, 1))
print(re.search("$", "ab\n", 0, 2), re.search(r"\Z", "ab\n", 0, 2))
print(re.findall(r"\b\w+\b", "héllo wörld"), re.findall(r"\b\w+\b", "héllo wörld", re.A))
print(re.sub(r"\b", "|", "ab cd"), re.sub(r"\B", "|", "ab cd"))
print(re.search(r"\bé", "é", re.A), re.search(r"\bé", "é"))
print(re.split(r"\b", "hello, world"))
