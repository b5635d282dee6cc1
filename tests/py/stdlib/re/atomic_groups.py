# atomic groups (?>...)
import re

print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"(?>(a+))(b)", "aab").groups())
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc"))
print(re.match(r"(?>x*)*y", "xxy"))
print(re.findall(r"(?>\d+)(?!\.)", "12.5 34 7."))
print(re.match(r"(?>(a)|(b))+", "ab").groups())
print(re.search(r"(?>.*)x", "abcx"), re.search(r"(?>.*?)x", "abcx"))
print(re.sub(r"(?>\s+)$", "", "trailing   "))
print(re.match(r"a(?>bc|b)c", "abcc"), re.match(r"a(?>bc|b)c", "abc"))
try:
    re.compile("(?>a")
except re.error as e:
    print(e)
