# TextIOWrapper built over a program's own binary stream: decoding, newline modes, writing.
import codecs
import io

print(isinstance(io.TextIOWrapper(io.BytesIO()), io.TextIOWrapper),
      isinstance(io.TextIOWrapper(io.BytesIO()), io.TextIOBase),
      type(io.TextIOWrapper(io.BytesIO())) is io.TextIOWrapper)

data = "a\nb\r\nc\rd\n\u00e9\u20ac\U0001f600 end".encode("utf-8")
for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=newline)
    print(repr(newline), t.readlines(), t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=newline)
    print(repr(newline), [line for line in t], repr(t.read()))

# a multi-byte sequence split across reads by a tiny-chunk raw stream
class Trickle(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        if not self.data:
            return 0
        b[0] = self.data[0]
        self.data = self.data[1:]
        return 1

t = io.TextIOWrapper(io.BufferedReader(Trickle("h\u00e9\u20ac\U0001f600\r\nx\r".encode())), encoding="utf-8")
print(repr(t.read(2)), repr(t.readline()), repr(t.read()), t.newlines)
t = io.TextIOWrapper(Trickle("\u00e9\r\n\u00e9\r".encode()), encoding="utf-8", newline="")
print(t.readlines())

t = io.TextIOWrapper(io.BytesIO("abc\ndef\nghi".encode()), encoding="ascii")
print(repr(t.read(0)), repr(t.read(2)), repr(t.readline(1)), repr(t.readline(10)), repr(t.readline(2)))
print(t.readlines(1), t.readlines(), repr(t.readline()))

t = io.TextIOWrapper(io.BytesIO(b"caf\xe9 \xff"), encoding="latin-1")
print(repr(t.read()), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(b"ok \xff bad"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"ok \xff bad"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF16_LE + "hi\n".encode("utf-16-le")), encoding="utf-16")
print(repr(t.read()))

for newline in (None, "", "\n", "\r", "\r\n"):
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding="utf-8", newline=newline)
    print(t.write("x\ny\r\n\u00e9"), b.getvalue(), end=" ")
    t.flush()
    print(b.getvalue())

b = io.BytesIO()
with io.TextIOWrapper(b, encoding="cp1252", errors="replace") as t:
    print(t.write("\u20ac \u0100"), t.closed)
    print(t.writelines(["a", "b\n"]))
    t.flush()
    print(b.getvalue(), t.tell())
print(t.closed, b.closed)

b = io.BytesIO(b"one\ntwo\n")
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.readline(), t.seekable(), t.readable(), t.writable(), t.tell())
t.seek(0)
print(repr(t.read()), t.tell())
t.write("three\n")
t.flush()
print(b.getvalue())
print(t.detach() is b, b.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError", e)
print(repr(t))

b = io.BytesIO()
b.name = "data.txt"
t = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
print(repr(t), t.name, t.buffer is b, t.line_buffering, t.write_through)
t.write("no line end")
print(b.getvalue())
t.write("line\n")
print(b.getvalue())
t.reconfigure(line_buffering=False, newline="\r\n")
t.write("a\nb\n")
print(t.line_buffering, b.getvalue())
t.flush()
print(b.getvalue())
try:
    t.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
t.close()
try:
    t.write("x")
except ValueError as e:
    print("ValueError", e)
print(t.closed)

class Sub(io.TextIOWrapper):
    pass

s = Sub(io.BytesIO(b"sub\n"), encoding="utf-8")
print(type(s).__name__, isinstance(s, io.TextIOWrapper), s.read())

r = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"x,y\n1,2\n")), encoding="utf-8", newline="")
import csv
print(list(csv.reader(r)))
try:
    io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"")), encoding="utf-8").write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)

for bad in (lambda: io.TextIOWrapper(), lambda: io.TextIOWrapper("abc"),
            lambda: io.TextIOWrapper(io.BytesIO(), newline=5),
            lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding=5),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"),
            lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex"),
            lambda: io.TextIOWrapper(io.BytesIO(), errors=5),
            lambda: io.TextIOWrapper(io.BytesIO(), foo=1),
            lambda: io.TextIOWrapper(io.BytesIO()).mode,
            lambda: io.TextIOWrapper(io.BytesIO()).name):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(io.TextIOWrapper(io.BytesIO())), io.TextIOWrapper(io.BytesIO()).encoding)
