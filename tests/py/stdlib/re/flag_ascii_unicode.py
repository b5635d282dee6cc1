# re.ASCII vs the default Unicode classes for \w \d \s \b
import re

s = "café naïve ２４ ٣ x_1\u00a0\u2003end"
for flags in [0, re.A, re.U]:
    print(flags, re.findall(r"\w+", s, flags), re.findall(r"\d", s, flags), re.findall(r"\s", s, flags))
    print(re.findall(r"\b\w", s, flags), re.findall(r"\B\w\B", "xéy", flags))
print(re.findall(r"(?a)\w+", s), re.findall(r"(?u)\w+", s))
print(re.findall(r"(?a:\w+) \w+", "é é"))
print(re.findall(r"[\w]+", "ab\u00e9", re.A), re.findall(r"[^\W]+", "ab\u00e9", re.A))
for bad in [lambda: re.compile("a", re.A | re.U), lambda: re.compile("a", re.L),
            lambda: re.compile(b"a", re.U), lambda: re.compile(b"a", re.A | re.L),
            lambda: re.compile("(?au)a"), lambda: re.compile("(?L)a"), lambda: re.compile(b"(?u)a")]:
    try:
        bad()
        print("ok")
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
