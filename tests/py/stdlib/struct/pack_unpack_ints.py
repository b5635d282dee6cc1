import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P"]:
    for order in ["@", "=", "<", ">", "!"]:
        if order != "@" and fmt in "nNP":
            continue
        f = order + fmt
        size = struct.calcsize(f)
        signed = fmt.islower()
        lo = -(1 << (size * 8 - 1)) if signed else 0
        hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
        for v in (lo, hi, 0, 1, 100):
            data = struct.pack(f, v)
            assert struct.unpack(f, data) == (v,), (f, v)
        print(f, size, struct.pack(f, hi).hex(), struct.pack(f, lo).hex(), struct.pack(f, 1).hex())
print(struct.pack("<hHiI", -2, 2, -3, 3))
print(struct.unpack(">hHiI", b"\xff\xfe\x00\x02\xff\xff\xff\xfd\x00\x00\x00\x03"))
print(struct.pack("!q", -1), struct.unpack("!Q", b"\xff" * 8))
print(struct.pack("<i", True), struct.pack("<?", 5), struct.pack(">?", ""), struct.unpack("??", b"\x00\x07"))


class Idx:
    def __index__(self):
        return 42


print(struct.pack(">h", Idx()), struct.pack("<Q", Idx()))
