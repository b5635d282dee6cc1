# re.error: messages, msg/pattern/pos/lineno/colno
import re

patterns = ["(", ")", "a)", "a(b", "[", "[a", "*", "+a", "a**", "a*{2}", "^*", "\\q", "a\\", "(?", "(?<",
            "(?<a>x)", "(?P<a>x)(?P<a>y)", "(?P=x)", "x{2,1}", "(?#", "(?#abc", "a|*", "(*)", "(?i)*",
            "\\(", "[]", "[^]", "(?x)a)", "\\b*", "\\A+", "$?", "(?=a)*", "(?!a){2}", "a{1}*", "(a)\\2",
            b"[", b"\\q", b"(?P<\xe9", b"\\\xe9" if False else b"\\z", "x" * 300 + "("]
for pat in patterns:
    try:
        re.compile(pat)
        print(ascii(pat)[:40], "compiled")
    except re.error as e:
        print(ascii(pat)[:40], "|", e, "|", e.msg, e.pos, e.lineno, e.colno, type(e.pattern).__name__)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("custom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
e = re.error("custom", b"ab\ncd", 3)
print(e, e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception), re.error.__mro__)
try:
    re.compile("(?<=a|bc)")
except re.error as e:
    print(repr(e), e.pos)
