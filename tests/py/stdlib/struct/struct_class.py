import struct

s = struct.Struct("<ihd")
print(s.format, s.size, type(s).__name__, type(s))
data = s.pack(7, -3, 2.5)
print(data, s.unpack(data))
print(s.unpack_from(b"\x00\x00" + data, 2), s.unpack_from(b"\x00" * 3 + data, offset=3))
buf = bytearray(20)
s.pack_into(buf, 4, 1, 2, 3.0)
print(buf)
print(list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02\x00\x03")))
s2 = struct.Struct(b">ii")
print(s2.format, s2.size)
for args in [(1,), (1, 2, 3, 4)]:
    try:
        s.pack(*args)
    except struct.error as e:
        print("struct.error:", e)
print(struct.Struct("i").__sizeof__(), struct.Struct("10i").__sizeof__(), struct.Struct("ihb").__sizeof__(), struct.Struct("x3s").__sizeof__())


class Point(struct.Struct):
    def __init__(self):
        super().__init__("<2d")

    def read(self, data):
        return dict(zip("xy", self.unpack(data)))


p = Point()
print(p.size, p.read(p.pack(1.5, -2.0)), isinstance(p, struct.Struct))
try:
    struct.Struct()
except TypeError as e:
    print("TypeError:", e)
s3 = struct.Struct("b")
s3.__init__(">q")
print(s3.format, s3.size)
