import struct

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-300, 1e300, float("inf"), float("-inf"), 3.4028234663852886e38,
          1.401298464324817e-45, 65504.0, 6.103515625e-05, 5.960464477539063e-08]:
    row = []
    for fmt in ["<e", ">e", "<f", ">f", "<d", ">d"]:
        try:
            data = struct.pack(fmt, x)
            row.append(data.hex() + "=" + repr(struct.unpack(fmt, data)[0]))
        except OverflowError as e:
            row.append("OverflowError")
    print(repr(x), row)
print(struct.pack(">d", float("nan")).hex(), struct.pack(">f", float("nan")).hex(), struct.pack(">e", float("nan")).hex())
for half in [b"\x00\x00", b"\x00\x80", b"\x01\x00", b"\xff\x03", b"\x00\x04", b"\x00\x3c", b"\xff\x7b", b"\x00\x7c", b"\x00\xfc"]:
    print(half.hex(), struct.unpack("<e", half))
for x in [0.1, 1.0005, 2049.0, 2051.0, 1e-7, 3e-8, 65519.0, 0.333333]:
    print(x, struct.unpack("<e", struct.pack("<e", x))[0], struct.unpack("<f", struct.pack("<f", x))[0])
print(struct.unpack("<f", struct.pack("<f", 16777217.0)))
