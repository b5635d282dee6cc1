# Match.expand with numbered and named groups
import re

m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", "2024-05")
for t in [r"\g<m>/\g<y>", r"\2/\1", r"[\g<d>]", r"\g<0>", r"\\1 is \1", r"\n", r"x\1x\g<1>0"]:
    print(repr(t), repr(m.expand(t)))
mb = re.match(rb"(a)(b)?", b"a")
print(mb.expand(rb"<\1><\2>"), mb.expand(b"\\g<1>!"))
for t in [r"\3", r"\g<q>", r"\g<", "\\"]:
    try:
        m.expand(t)
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
