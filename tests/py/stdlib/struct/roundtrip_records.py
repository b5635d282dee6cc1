import struct

record = struct.Struct("<I8sd?")
rows = [(1, b"apple", 0.5, True), (2, b"banana!!", -1.25, False), (3, b"", 1e100, True)]
blob = b"".join(record.pack(*r) for r in rows)
print(len(blob), record.size)
for rec in record.iter_unpack(blob):
    print(rec[0], rec[1].rstrip(b"\x00"), rec[2], rec[3])
header = struct.pack(">4sHH", b"RIFF", 1, 2)
print(header, struct.unpack(">4sHH", header))
checks = [struct.unpack("<I", struct.pack("<I", v))[0] for v in (0, 1, 255, 65535, 2**32 - 1)]
print(checks)
print(struct.pack("!HBB", 80, 10, 20).hex(), struct.unpack_from("!H", b"\x00\x50rest"))
