# Pattern objects: attributes, reprs, equality and hashing, copies
import copy
import re

p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?")
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(dict(p.groupindex), list(p.groupindex.items()))
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(re.compile("x").groupindex)

for pat, flags in [("a+", 0), ("a+", re.I), ("a+", re.I | re.M), ("a", re.S | re.X), ("a", re.A),
                   (b"a", 0), (b"a", re.L), (b"a", re.A | re.I), ("a", re.U), ("a", re.DEBUG & 0),
                   ("x" * 300, 0), ("it's", 0), ('say "hi"', 0), ("a\nb", re.M), ("a", 1 << 12)]:
    print(repr(re.compile(pat, flags))[:120])

print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile("a") != re.compile("b"), re.compile(b"a") == re.compile("a"))
print(hash(re.compile("abc")) == hash(re.compile("abc")))
print(re.compile("a") == "a", re.compile("a").__eq__(1))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(42)
except TypeError as e:
    print("TypeError", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
try:
    p.pattern = "x"
except AttributeError as e:
    print("AttributeError", e)
