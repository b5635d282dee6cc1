# re.DEBUG prints the parsed pattern and the compiled code
import re

patterns = [
    ("a(b)c", 0),
    (r"[a-z]+\d*?|(?P<n>x{2,5})", re.I),
    (r"(?>a|b)c++(?=d)(?<!e)", 0),
    (r"(a)?(?(1)b|c)", 0),
    (r"[^\W\d]", 0),
    ("[\u0100-\u0200a-f]", 0),
    ("[\u4e00-\u9fff\u3040-\u309f]", 0),
    (r"\bx$", re.M),
    ("(?i:ab)c", 0),
    ("k", re.I),
    (r"(a)\1", re.I),
    (b"[\x00-\x10\xf0]+", re.L),
    (r"(?:ab|cd)*?e{3}", 0),
    (r"\Aa|\Z|^", 0),
    (r"[\s\S]", 0),
    ("", 0),
]
for pat, flags in patterns:
    print("==", ascii(pat), flags)
    p = re.compile(pat, flags | re.DEBUG)
    print(p.flags & re.DEBUG, p.match("ab") is not None)
# DEBUG patterns are not cached: compiling again prints again
re.compile("z", re.DEBUG)
re.compile("z", re.DEBUG)
