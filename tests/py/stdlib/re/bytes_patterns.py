# bytes patterns against bytes, bytearray and memoryview
import re

p = re.compile(rb"(\w+)=(\d+)")
for data in [b"a=1 bb=22", bytearray(b"x=9")]:
    m = p.search(data)
    print(type(data).__name__, m.group(), m.groups(), type(m.group(1)).__name__, p.findall(data))
print(re.sub(rb"\d", b"#", b"a1b2"), re.split(rb"\s", b"a b"), re.escape(b"a.b"))
print(re.findall(rb"[\x80-\xff]+", b"ab\xe9\xffc"), re.findall(rb".", b"\n\x00", re.S))
print(re.match(rb"\x00\xff", b"\x00\xff"), re.match(b"\\\xff", b"\xff"))
print(re.fullmatch(rb"(?i)abc", b"ABC"), re.fullmatch(rb"(?i)\xe9", b"\xc9"))
print(re.match(b"", b""), re.match(b".", bytearray(b"z")))
for bad in [lambda: re.match(b"a", "a"), lambda: re.match("a", b"a"), lambda: re.match(b"a", 1),
            lambda: re.compile(bytearray(b"a")),
            lambda: re.compile(rb"(?P<\xe9>x)") and "ok"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m = re.match(rb"(?P<g>a)", b"a")
print(m.groupdict(), m.expand(rb"[\g<g>]"), m.expand(b"\\1\\1"))
print(re.compile(rb"a").pattern, re.compile(rb"a"))
