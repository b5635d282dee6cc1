# greedy and lazy quantifiers and their group captures
import re

s = "<a><b></b></a>"
print(re.findall("<.*>", s), re.findall("<.*?>", s), re.findall("<.+?>", s))
for pat in ["(a*)(a*)", "(a*?)(a*)", "(a+?)(a*)", "(a??)(a?)", "(a{1,3}?)(a*)", "(a|b)*?c", "(a|b)*c",
            "(a*)*", "(a*)+", "(a*?)+?", "(?:(a)|b)*", "(?:(a)|(b))*", "((a)|b)+", "(a|ab)(c|bcd)(d*)",
            "(a+|b+)*c", "(x?)*y", "(x?)*?y", "()*", "(|a)*", "(a|)*b", "(a?){2,}b", "(a{2})*"]:
    for subject in ["aaa", "ab", "aabbc", "abcd", "xxy", "ba", ""]:
        m = re.match(pat, subject)
        print(pat, repr(subject), m and (m.span(), m.groups(), m.lastindex))
