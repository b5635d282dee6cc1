# memory footprint of patterns and matches (CPython 3.11, 64-bit)
import gc
import re
import sys

for pat in ["a", "ab", "a(b)c", "abc", "x*", "[a-z]+", "(?P<x>\\w+)\\s(?P=x)", "[\u0100-\u0200]"]:
    p = re.compile(pat)
    print(repr(pat), sys.getsizeof(p), p.__sizeof__(), gc.is_tracked(p))
for pat, s in [("a", "a"), ("(a)", "a"), ("(a)(b)", "ab"), ("(a)(b)(c)(d)", "abcd")]:
    m = re.match(pat, s)
    print(pat, sys.getsizeof(m), m.__sizeof__(), gc.is_tracked(m))
sc = re.compile("a").scanner("a")
print(sys.getsizeof(sc), gc.is_tracked(sc))
print(type(re.finditer("a", "a")).__name__, sys.getsizeof(re.finditer("a", "a")))
