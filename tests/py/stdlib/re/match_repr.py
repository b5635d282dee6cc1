# reprs of Match objects: span and the matched text, truncated like %.50R
import re

print(re.match("a+", "aaa"))
print(re.search("b", "abc"))
print(re.match("", "x"))
print(re.match(".*", "x" * 80))
print(re.match(".*", "é" * 60))
print(re.match(".*", "'" * 10))
print(re.match(".*", "\"'"))
print(re.match(b".*", b"bytes\x00\xff"))
print(re.match(b".*", bytes(range(30, 90))))
print(re.match(".+", "\U0001f600" * 3))
print(re.match(r"\w+", "naïve café"))
print(re.match("a\nb", "a\nb"))
print(repr(re.fullmatch("(x)", "x")))
print([repr(m) for m in re.finditer("o", "foo")])
