# TextIOWrapper over BytesIO: tell() gives the byte position of the next character (translated
# newlines, multi-byte characters, chunks); seek() to it continues there; iterating a closed one.
import io, sys
t = io.TextIOWrapper(io.BytesIO(b"ab\r\ncd\r\n\xc3\xa9f\n"), encoding="utf-8")
print(repr(t.readline()), t.tell())
p = t.tell()
print(repr(t.readline()), t.tell())
t.seek(p)
print(repr(t.read()), t.tell())
t = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="utf-8")
print(t.read(1), t.tell())
t = io.TextIOWrapper(io.BytesIO(b"q"))
t.close()
try:
    for x in t: pass
except ValueError as e: print(e)
try:
    iter(t)
except ValueError as e: print(e)
t = io.TextIOWrapper(io.BytesIO("h\u00e9\u20ac\U0001f600\nx\r\n".encode() * 3), encoding="utf-8")
for i in range(4):
    print(repr(t.readline()), t.tell(), repr(t.read(2)), t.tell())
t.seek(11)
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"a\rb\r\nc"), encoding="utf-8", newline="")
print(repr(t.read(1)), t.tell(), repr(t.read(2)), t.tell(), repr(t.readline()), t.tell())
t = io.TextIOWrapper(io.BytesIO(b"0123456789" * 2000), encoding="ascii")
t.read(9000)
print(t.tell(), repr(t.read(3)), t.tell())
