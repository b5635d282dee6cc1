import struct

print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("s", b""), struct.pack("0s", b"abc"))
print(struct.pack("5s", bytearray(b"ba")), struct.unpack("5s", b"ab\x00\x00c"))
print(struct.pack("5p", b"hi"), struct.pack("3p", b"hello"), struct.pack("1p", b"abc"), struct.pack("0p", b"x"))
print(struct.pack("300p", b"a" * 300)[:3], len(struct.pack("300p", b"a" * 300)))
print(struct.unpack("5p", b"\x02hiXY"), struct.unpack("3p", b"\x09ab"))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print(struct.pack("<4s2h", b"HEAD", 1, 2))
name, age, score = struct.unpack("<10sHf", struct.pack("<10sHf", b"alice", 30, 91.5))
print(name, name.rstrip(b"\x00"), age, score)
print(struct.pack("x5xc", b"!"), struct.unpack("2xcx", b"\x00\x00Z\x00"))
print(struct.unpack("c?x", b"q\x01\x00"))
