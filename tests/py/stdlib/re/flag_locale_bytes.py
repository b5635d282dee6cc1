# re.LOCALE with bytes patterns (the C/UTF-8 locale: ASCII classification)
import re

data = b"Hello W\xf6rld_42 \xe9t\xe9"
print(re.findall(rb"\w+", data))
print(re.findall(rb"\w+", data, re.L))
print(re.findall(rb"(?L)\w+", data))
print(re.findall(rb"[a-z]+", data, re.L | re.I))
print(re.findall(rb"hello", data, re.L | re.I))
print(re.findall(rb"\bW", data, re.L))
print(re.match(rb"(?L)(a)\1", b"aA", re.I))
print(re.compile(b"x", re.L), re.compile(b"x", re.L).flags)
print(re.sub(rb"(?Li)o", b"0", b"fOo"))
