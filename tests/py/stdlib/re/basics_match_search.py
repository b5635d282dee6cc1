# match / search / fullmatch, with and without pos and endpos
import re

p = re.compile(r"\d+")
for s in ["123abc", "abc123", "abc", "", "42"]:
    print(repr(s), p.match(s), p.search(s), p.fullmatch(s))

text = "one 22 three 4444 five"
print(p.search(text, 5))
print(p.search(text, 5, 6))
print(p.match(text, 4))
print(p.match(text, 4, 5))
print(p.fullmatch(text, 4, 6))
print(p.fullmatch(text, 4, 7))
print(p.search(text, -100, 100))
print(p.search(text, 100))
print(p.search(text, 10, 5))
print(p.match(string="77x"), p.search("x9", pos=1), p.fullmatch("12", endpos=1))

# module-level functions share the cache
print(re.match("a|b", "bc"), re.search("c", "abc"), re.fullmatch("ab?", "a"))
print(re.match("", ""), re.search("$", "abc"), re.fullmatch("", ""))
print(re.search("x*", "aaa"), re.fullmatch("a*", "aaa", re.I))

# leftmost, then first alternative
print(re.search("b|ab", "xab"))
print(re.search("ab|b", "xab"))
print(re.match("a*?", "aaa").group(), re.fullmatch("a*?", "aaa").group())

# bool and identity
m = re.match("a", "a")
print(bool(m), m is m.__copy__(), m is m.__deepcopy__({}))
print(type(m).__name__, type(m).__module__, type(p).__name__, type(p).__module__)
