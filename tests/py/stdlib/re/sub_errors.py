# errors in replacement templates and sub arguments
import re

p = re.compile(r"(a)(?P<n>b)?")
for t in [r"\3", r"\g<3>", r"\g<x>", r"\g<-1>", r"\g<1a>", r"\g<>", r"\g", r"\g<1", r"\q", "\\",
          r"\400", r"\g<99999999999999999999>", r"\g<a b>", r"ok\9"]:
    try:
        print(repr(t), p.sub(t, "ab"))
    except Exception as e:
        print(repr(t), type(e).__name__, e, getattr(e, "pos", None))
for args in [("a", 1, "a"), ("a", None, "a"), ("a", "x", 1), (b"a", "x", b"a"), ("a", b"x", "a"),
             (b"a", bytearray(b"\\n"), b"a"), ("a", "x", b"a"), (b"a", b"x", "a")]:
    try:
        print(re.sub(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile("a").sub()
except TypeError as e:
    print(e)
try:
    re.compile("a").sub("x", "y", count="1")
except TypeError as e:
    print(e)
m = re.match("(a)", "a")
for t in [r"\2", r"\g<z>", 3]:
    try:
        print(m.expand(t))
    except Exception as e:
        print(type(e).__name__, e)
