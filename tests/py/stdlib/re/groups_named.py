# named groups: definition, groupindex, groupdict, lastgroup, references by name
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*);?")
for m in p.finditer("a=1;bb=two;c="):
    print(m.groupdict(), m.lastgroup, m["key"], m.group("value"), m.span("value"))
print(p.groupindex, p.groups)
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict("-"))
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup)
print(re.match(r"(?P<outer>(?P<inner>a)b)", "ab").lastgroup)
print(re.match(r"(?P<ñ>a)(?P<名前>b)", "ab").groupdict())
print(re.match(r"(?P<_x1>a)", "a").group("_x1"))
for bad in [r"(?P<1>x)", r"(?P<a-b>x)", r"(?P<>x)", r"(?P<a", r"(?Px)", r"(?P=)",
            r"(?P=a", r"(?P<a>x)(?P<a>y)", r"(?P=missing)", r"(?P<a>(?P=a))", r"(?P", r"(?P<a>x)(?P=a b)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, "->", e)
