# BufferedReader / BufferedWriter built over a raw or BytesIO stream.
import io

class Raw(io.RawIOBase):
    """Returns at most 3 bytes per read and records each write."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.writes = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        n = min(3, len(b), len(self.data))
        b[:n] = self.data[:n]
        del self.data[:n]
        return n
    def write(self, b):
        self.writes.append(bytes(b))
        return len(b)

r = io.BufferedReader(Raw(b"line one\nline two\nrest"), 4)
print(isinstance(r, io.BufferedReader), isinstance(r, io.BufferedIOBase), repr(r))
print(r.read(2), r.peek()[:1], r.read1(10), r.readline(), r.readline(3))
print(r.readlines(), r.read(), r.read1(), r.readable(), r.writable())
r = io.BufferedReader(io.BytesIO(b"0123456789\nabc"))
buf = bytearray(4)
print(r.readinto(buf), buf, r.tell(), list(r))
r.seek(2)
print(r.read(3), r.tell(), r.seek(-1, 1), r.read(), r.raw.tell())
with io.BufferedReader(io.BytesIO(b"ctx")) as r2:
    print(r2.read(), r2.closed)
print(r2.closed)
try:
    r2.read()
except ValueError as e:
    print("ValueError", e)

raw = Raw()
w = io.BufferedWriter(raw, 8)
print(repr(w), w.writable(), w.readable())
print(w.write(b"abc"), raw.writes)
print(w.write(bytearray(b"defghij")), raw.writes)
w.write(memoryview(b"kl"))
print(raw.writes)
w.flush()
print(raw.writes)
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
b = io.BytesIO()
with io.BufferedWriter(b) as w:
    w.write(b"hello")
    print(b.getvalue())
    t = w
print(b.closed, t.closed)
bw = io.BufferedWriter(io.BytesIO())
raw2 = bw.detach()
print(type(raw2).__name__, repr(bw))
try:
    bw.write(b"x")
except ValueError as e:
    print("ValueError", e)
for bad in (lambda: io.BufferedReader(), lambda: io.BufferedReader(io.BytesIO(), 0),
            lambda: io.BufferedWriter(io.BytesIO(), -1), lambda: io.BufferedReader(io.BytesIO(), foo=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
raw = Raw()
tw = io.TextIOWrapper(io.BufferedWriter(raw), encoding="utf-8")
tw.write("via text\n")
tw.flush()
print(raw.writes[-1])
import io
r = io.BufferedReader(io.BytesIO(b"abc")); r.close()
for m in ("read", "read1", "peek", "readline", "readinto", "tell", "seek", "readlines", "flush", "__enter__", "__iter__", "__next__", "fileno", "readable", "isatty"):
    try:
        a = (bytearray(2),) if m == "readinto" else (0,) if m in ("seek",) else ()
        getattr(r, m)(*a)
        print(m, "ok")
    except Exception as e: print(m, type(e).__name__, e)
w = io.BufferedWriter(io.BytesIO()); w.close()
for m in ("write", "flush", "tell", "seek", "writable", "read"):
    try:
        a = (b"x",) if m == "write" else (0,) if m == "seek" else ()
        getattr(w, m)(*a); print(m, "ok")
    except Exception as e: print(m, type(e).__name__, e)
# an error raised by the program's raw stream keeps its frame; the stream's own calls have none
class Failing(Raw):
    def readinto(self, b):
        raise OSError("device gone")
r = io.BufferedReader(Failing())
r.read(1)
