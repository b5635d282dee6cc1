import io


class Counter(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


c = Counter(b"first\nsecond\nthird")
print(c.read(3), c.readline(), c.readlines(), c.read())
c = Counter(b"abc")
print(c.read(), c.readall())
print(list(Counter(b"x\ny\n")))
print(c.closed, c.seekable(), c.writable())
c.close()
print(c.closed)
try:
    c.readline()
except ValueError as e:
    print("ValueError", e)
try:
    iter(c)
except ValueError as e:
    print("ValueError", e)


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


s = Sink()
s.writelines(["a", "b", "c"])
print(s.parts)
for name in ["seek", "truncate", "fileno"]:
    try:
        getattr(s, name)(0) if name != "fileno" else s.fileno()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
try:
    s.tell()
except io.UnsupportedOperation as e:
    print("tell UnsupportedOperation", e)
print(s.isatty(), s.flush())
with Sink() as k:
    print("inside", k.closed)
print("after", k.closed)


class Loud(io.IOBase):
    def close(self):
        print("Loud.close")
        super().close()


x = Loud()
del x
print("end")


class T(io.TextIOBase):
    pass


t = T()
print(t.encoding, t.errors, t.newlines)
for name in ["read", "readline", "write", "detach"]:
    try:
        getattr(t, name)("x") if name == "write" else getattr(t, name)()
    except io.UnsupportedOperation as e:
        print(name, e)
