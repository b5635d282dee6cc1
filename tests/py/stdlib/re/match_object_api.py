# The Match object: groups by number and name, spans, regs, lastindex/lastgroup, errors
import re

m = re.search(r"(?P<first>\w+) (?P<last>\w+)(?: (\d+))?", "Isaac Newton physicist")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "first", 2))
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m.groupdict(), m.groupdict("?"), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(1), m.end("last"), m.span(2), m.span(3))
print(m.regs)
print(m.lastindex, m.lastgroup)
print(m[0], m[1], m["first"], m[2])
print(m.pos, m.endpos, m.string, m.re)

m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.group(2), m.start(2), m.end(2), m.span(2), m.lastindex, m.lastgroup)

# lastindex is the last group *closed*
for pat in [r"(a)b", r"((a)b)", r"((a)(b))", r"(a)(b)", r"(?P<x>a)|(?P<y>b)", r"(a)|b"]:
    for s in ["ab", "b"]:
        mm = re.match(pat, s)
        print(pat, s, mm and (mm.lastindex, mm.lastgroup, mm.groups()))

# errors
for args in [(3,), ("nope",), (-1,), (1.0,), (True,), (False,), (2 ** 70,)]:
    try:
        print(args, m.group(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for f in [lambda: m.start(5), lambda: m.span("x"), lambda: m.end(1, 2), lambda: m.group(x=1),
          lambda: m.groups(1, 2), lambda: m["zz"], lambda: len(m), lambda: m.expand()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

mm = re.match("(?P<n>a)", "a")
try:
    mm.group([])
except TypeError as e:
    print("TypeError", e)
try:
    m.group([])
except IndexError as e:
    print("IndexError", e)

# the group values are slices of the original string type
class S(str):
    pass

ms = re.match("(a)(b)", S("abc"))
print(type(ms.group(0)).__name__, type(ms.group(1)).__name__, type(ms.string).__name__)
mb = re.match(b"(a)(b)", bytearray(b"abc"))
print(mb.group(0), mb.group(1), type(mb.string).__name__)
