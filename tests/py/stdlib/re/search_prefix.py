# searches that start with literal prefixes or character sets (the engine's fast paths)
import re

hay = "xxabcabxabcdabcabcabd" * 3
for pat in ["abcabd", "abcd", "a", "ab(c)", "(ab)c", "a(?:bc)+d", "[ab]c", "(?:ab|xa)b", "[^x]{3}", "ab?c", "(?i)ABC",
            "b(?=c)", "\\d", "x*abc", "abca", "aab", "dxx$", "(?:(x)a)bc", "a(b|c)a"]:
    print(pat, [m.span() for m in re.finditer(pat, hay)][:6], re.search(pat, hay, re.I) is not None)
print(re.search("abab", "ababab"), re.search("aaa", "aaaa"), re.search("abcabd", "abcabcabd"))
print(re.search("ab", "xab", 1, 2), re.search("ab", "xab", 1, 3))
print(re.search("\u00e9t\u00e9", "summer: \u00e9t\u00e9"), re.search("\U0001f600x", "\U0001f600\U0001f600x"))
