# possessive quantifiers *+ ++ ?+ {m,n}+
import re

for pat in ["a*+a", "a++b", "a?+a", "a{1,3}+a", "a{2}+a", "(?:ab)*+ab", "(ab|a)*+b", "[ab]*+c",
            "(a)*+", "(a|b)++", ".*+", "x*+", "(?:a|)++"]:
    for s in ["aaa", "aab", "ababab", "abab", "abc", "", "ab"]:
        m = re.match(pat, s)
        print(pat, repr(s), m and (m.span(), m.groups()))
print(re.findall(r"\d++", "12 345 6"))
print(re.sub(r"a*+", "-", "baac"))
for bad in ["a*++", "a+*+", "a{2}++", "*+"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, "->", e)
