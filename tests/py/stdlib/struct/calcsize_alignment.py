import struct

fmts = ["", "x", "c", "b", "?", "h", "i", "l", "q", "n", "P", "e", "f", "d", "s", "5s", "10p",
        "ci", "ic", "bq", "qb", "b0q", "hd", "ce", "c?", "cP", "bhilqd", "dqlihb", "3x", "2c2h",
        "llh0l", "0s", " i  h ", "i x q", "5x5h"]
for f in fmts:
    row = [struct.calcsize(o + f) for o in "@=<>!" if not (o != "@" and any(ch in f for ch in "nP"))]
    print(repr(f), row)
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2))
print(struct.pack("@bq", -1, -1))
print(struct.pack("@hxq", 1, 2))
print(struct.unpack("@ci", b"a\x00\x00\x00\x05\x00\x00\x00"))
print(struct.pack("llh0l", 1, 2, 3))
