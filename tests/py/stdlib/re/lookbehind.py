# lookbehind assertions: fixed width only
import re

print(re.findall(r"(?<=\$)\d+", "cost $42, $7"))
print(re.findall(r"(?<!\$)\b\d+", "cost $42, 7"))
print(re.findall(r"(?<=ab|cd)e", "abe cde xe"))
print(re.search(r"(?<=(a))b", "ab").groups())
print(re.search(r"(?<=(?P<x>a))(?P=x)", "aa"))
print(re.search(r"(?<!(a))b", "cb").groups())
print(re.search(r"(?<=\b)x", "x"), re.search(r"(?<=^)x", "x"))
print(re.findall(r"(?<=a{2})b", "aab ab"))
print(re.sub(r"(?<=\w)(?=\w)", "-", "abc"))
for bad in [r"(?<=a*)b", r"(?<=a+)b", r"(?<!x|yy)z", r"(?<=x{1,2})y", r"(?<=(x)|yy)z",
            r"(?<=a\1)(a)", r"(a)(?<=(b)\2)", r"(?<=a(?P=b))", r"(?<x)", r"(?<", r"(?<=a",
            r"(?<=a{1000000000}{1000000000})b"]:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, "->", e, e.pos)
print(re.compile(r"(a)(?<=\1)").match("aa"))
