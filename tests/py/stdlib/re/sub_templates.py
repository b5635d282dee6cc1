# sub/subn replacement templates: group references and escapes
import re

s = "John Smith, Jane Doe"
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)")
for t in [r"\2 \1", r"\g<2> \g<1>", r"\g<last>, \g<first>", r"\g<0>!", r"[\g<1>0]", r"\10", r"<\0>",
          r"\n\t\\", r"a\-b", r"\x41" if False else r"\\x", r"\g<1>\g<2>", "plain", "", r"\100\101"]:
    try:
        print(repr(t), repr(p.sub(t, s)))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(x)?y", r"<\1>", "y xy"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"o", "0", "foo boo", 2), re.subn("o", "0", "foo", count=1))
print(re.sub(r"o", "0", "foo", -1), re.sub("x", "y", "abc"))
print(re.sub(b"(a)", rb"\1\1", b"bab"), re.sub(b"a", b"\\n", b"a"))
print(re.compile(r"(\w+)").sub(r"\g<1>_\g<1>", "ab cd", count=1))
m = re.search(r"(?P<n>\d+)-(\d+)", "10-20")
print(m.expand(r"\2..\1"), m.expand(r"\g<n>:\g<2>"), m.expand(b"x" if False else "\\n"))
print(re.sub("(?P<a>.)", r"\g<a>\g<a>", "xyz"))
print(re.sub("", "-", "abc"), re.sub("a", r"\\", "banana"))
s2 = "same"
print(re.sub("x", "y", s2) is s2, re.sub("x", lambda m: "", s2) is s2)
