# error positions in multi-line patterns report line and column
import re

for pat in ["a\n(", "ab\ncd\n[", "(?x)\n  a\n  (?P<1>x)\n", "line1\nline2\n\nx{3,1}", "\n)", "a\nb\\",
            "(?x) # comment\n(?P<name>\n  \\d+\n  (?i)\n)"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(str(e)), e.pos, e.lineno, e.colno)
try:
    re.compile(b"ab\n[")
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.sub("a", "x\n\\q", "a")
except re.error as e:
    print(e, e.pattern, e.lineno, e.colno)
