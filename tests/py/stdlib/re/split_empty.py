# split with patterns that can match the empty string (3.7+ semantics)
import re

for pat in ["", "x*", r"\b", r"\B", "^", "$", "(?=a)", "(?<=a)", "a*", "(a*)", "|a", "a|"]:
    for s in ["", "a", "abc", "aab", "xax"]:
        print(repr(pat), repr(s), re.split(pat, s), re.split(pat, s, 1))
print(re.split("(?m)^", "a\nb\nc\n"), re.split("(?m)$", "a\nb\n"))
