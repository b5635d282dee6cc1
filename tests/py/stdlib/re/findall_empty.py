# findall / finditer / sub with empty matches next to non-empty ones
import re

for pat in ["", "x*", "a*", "a*?", "a|", "|a", r"\b", "(?=b)", "b*|a", "a??", "(a)|", "(?<=a)"]:
    for s in ["", "a", "ab", "aab", "bab"]:
        print(repr(pat), repr(s), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)],
              re.sub(pat, "-", s), re.subn(pat, "-", s, 2))
