# alternation: order of alternatives, common prefixes and one-character branches
import re

for pat in ["a|b|c", "ab|ac|ad", "a|ab", "ab|a", "|a", "a|", "(a|b|[cd]|\\d)+", "(?:a|b|[^c])", "x(?:a|b)|x(?:c|d)",
            "(?:ab|ab)c", "foo|foobar", "foobar|foo", "(a)|(b)|(c)", "a(?:b|c|)d", "(?:x|xy)(?:yz|z)", "[ab]|c"]:
    for s in ["c", "ad", "ab", "abc", "foobar", "xyz", "ac", "ad", "x"]:
        m = re.match(pat, s)
        print(pat, s, m and (m.span(), m.groups(), m.lastindex))
