# Binary data (struct, bytes, bytearray, memoryview): pack and unpack records in several byte
# orders and formats, Struct.iter_unpack over a buffer, in-place edits through memoryview
# slices and casts, bytes methods (hex, fromhex, translate, split, find), int.to_bytes.
import struct
import sys

# tests/py/bench_like/bytes_struct.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 20000

REC = struct.Struct("<IhHdf8s?")


def main():
    buf = bytearray()
    for i in range(SCALE):
        buf += REC.pack(i, -i % 30000 - 15000, i * 3 % 65536, i / 7, i * 0.5, b"rec%05d" % i, i % 2 == 0)
    total = 0.0
    names = 0
    for rec in REC.iter_unpack(buf):
        total += rec[3] + rec[4] + rec[1]
        names += rec[5].startswith(b"rec0")
    print(len(buf), round(total, 4), names, REC.size, struct.calcsize(">qQ3sxH"))
    mv = memoryview(buf)
    for off in range(0, len(buf), REC.size * 10):
        mv[off : off + 4] = (0xDEADBEEF).to_bytes(4, "little")
    ints = mv[: REC.size * 4].cast("B")
    print(sum(ints), ints[0], mv.nbytes, mv.readonly, bytes(mv[:6]).hex(" "))
    words = memoryview(bytes(range(256)) * 4).cast("I")
    print(len(words), words[1], sum(words[:16]), words.format, words.itemsize)
    be = b"".join(struct.pack(">hq", i, -i * 1000003) for i in range(SCALE))
    s = 0
    for off in range(0, len(be), 10):
        a, b = struct.unpack_from(">hq", be, off)
        s += a ^ b
    print(s)
    x = bytearray(b"hello world " * 50)
    x[0:5] = b"HELLO"
    x.extend(b"!" * 3)
    del x[10:20]
    x.insert(0, 35)
    print(x.count(b"o"), x.find(b"world"), x.rfind(b"l"), bytes(x[:20]), x.upper()[-8:])
    tbl = bytes.maketrans(b"abc", b"xyz")
    raw = bytes((i * 31) % 256 for i in range(SCALE))
    print(raw.translate(tbl)[:10], raw.hex()[:16], bytes.fromhex(raw.hex()[:20]), raw.split(b"\x00")[:2])
    big = 0
    for i in range(SCALE):
        b = (i * 0x1F2E3D4C5B6A7988).to_bytes(16, "big")
        big ^= int.from_bytes(b[::-1], "little", signed=True)
    print(big, (-5).to_bytes(2, "big", signed=True), struct.pack("@i", 7) == (7).to_bytes(4, sys.byteorder))
    try:
        struct.pack("<h", 70000)
    except struct.error as e:
        print("struct.error", e)


main()
