# long subjects and deep backtracking run on the engine's own stack (no recursion limit)
import re

s = "ab" * 50000
m = re.match(r"(?:a|b)*c|(?:ab)*", s)
print(m.span())
print(re.match(r"(a|b)*", s).span(), re.match(r"(a|b)*", s).group(1))
print(re.fullmatch(r"(?:(a)|b)*", s).groups())
print(re.match(r"(?:a(?:b))*", s).end())
print(re.search(r"x", "a" * 100000))
print(len(re.findall(r"\w", s)), len(re.split("b", s)), len(re.sub("a", "", s)))
print(re.match(r"(a+)+b", "a" * 18 + "c"))
print(re.match(r"(?:a*)*b", "a" * 25 + "c"))
print(re.match(r"(?:a|aa)+$", "a" * 22 + "b"))
print(re.fullmatch(r"(x+x+)+y", "x" * 16))
print(re.match(r"(.*?,){5}", "a," * 5000).span())
print(re.match(r"((a)|b)*?c", "ab" * 3000 + "c").span())
