# fullmatch backtracks into alternatives and repeats to consume the whole string
import re

for pat, s in [("a|ab", "ab"), ("ab|a", "a"), ("a*?", "aaa"), ("(a|ab)(c|bcd)", "abcd"), ("a*?b*?", "aab"),
               (r"\d+?", "123"), ("(?:a|b)*?", "abab"), ("x??", "x"), ("(a+?)(a+?)", "aaa"),
               ("a{1,3}?", "aaa"), ("a|", ""), ("(?=a)", ""), ("(?=a)a", "a"), ("$", ""), (r"\b", "")]:
    m = re.fullmatch(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))
print(re.compile("a+").fullmatch("aaab", 0, 3), re.compile("a+?").fullmatch("aaab", 1, 3))
print(re.fullmatch("a*+a", "aa"), re.fullmatch("(?>a*)a", "aa"), re.fullmatch("(?>a|ab)", "ab"))
