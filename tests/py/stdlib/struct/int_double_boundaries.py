# Pack and unpack every integer code at and around the edges of its range, in each byte order,
# 8-byte values around 2**53 and 2**63, doubles (signed zeros, infinities, NaN bits), and the
# errors one step past each edge; then the same through the module functions and pack_into.
import math
import struct

INT_CODES = "bBhHiIlLqQ"


def edges(bits, signed):
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    vals = {lo, lo + 1, hi - 1, hi, 0, 1, -1, 2**31 - 1, -(2**31), 2**32 - 1, 2**32, 2**53 - 1,
            2**53, 2**53 + 1, -(2**53) - 1, -(2**53), 2**21 * 2**32 - 1, -(2**21) * 2**32,
            2**21 * 2**32, -(2**21) * 2**32 - 1, 12345678901, -98765432109}
    return lo, hi, sorted(vals)


for prefix in "@=<>!":
    for c in INT_CODES:
        fmt = prefix + c
        size = struct.calcsize(fmt)
        signed = c.islower()
        lo, hi, vals = edges(size * 8, signed)
        out = []
        for v in vals:
            for arg in (v, True if v == 1 else v):
                try:
                    data = struct.pack(fmt, arg)
                except (struct.error, OverflowError) as e:
                    out.append(f"{v}:{type(e).__name__}:{e}")
                    continue
                back = struct.unpack(fmt, data)[0]
                assert back == v, (fmt, v, back)
                out.append(data.hex())
        print(fmt, size, len(out), " ".join(out))

for s in (struct.Struct("<qQq"), struct.Struct(">qQq")):
    for v in (2**53 - 1, 2**53, 2**63 - 1, 2**21 * 2**32 - 1, 2**21 * 2**32, 7):
        data = s.pack(v, v, -v)
        print(data.hex(), s.unpack(data), [type(x).__name__ for x in s.unpack(data)])

for prefix in "<>@":
    for x in (0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, math.inf, -math.inf, math.nan, -math.nan):
        data = struct.pack(prefix + "d", x)
        back = struct.unpack(prefix + "d", data)[0]
        print(prefix, repr(x), data.hex(), repr(back), math.copysign(1, back))
    for bad in ("1", None, 1 + 2j):
        try:
            struct.pack(prefix + "d", bad)
        except struct.error as e:
            print("d", repr(bad), e)
    print(struct.pack(prefix + "dq", 3, 2**40).hex(), struct.pack(prefix + "d", True).hex())


class Idx:
    def __index__(self):
        return 300


class SubInt(int):
    pass


for fmt in ("<H", ">I", "q", "<Q"):
    print(fmt, struct.pack(fmt, Idx()).hex(), struct.pack(fmt, SubInt(65535)).hex())
for fmt in ("<b", "<B", "h", ">H"):
    try:
        struct.pack(fmt, Idx())
    except struct.error as e:
        print(fmt, "Idx", e)

buf = bytearray(40)
struct.pack_into("<iqd", buf, 4, -5, -(2**53) + 1, 0.1)
print(buf.hex(), struct.unpack_from("<iqd", buf, 4))
print(list(struct.iter_unpack(">hQ", bytes(range(20)))))
print(struct.pack(b"<hH", -2, 2).hex(), struct.unpack(b">q", b"\xff" * 8))

# pack_into zeroes the struct's bytes first (pad and alignment bytes read 0), and a value that
# fails leaves the ones before it written
for fmt, vals in (("<bxhxi", (1, 2, 3)), ("@bi", (1, 2)), ("@b3xq?", (-1, 5, True)), ("4sx2p", (b"ab", b"cd"))):
    b = bytearray(b"\xff" * 24)
    struct.pack_into(fmt, b, 1, *vals)
    print(fmt, b.hex())
b = bytearray(b"\xff" * 12)
try:
    struct.pack_into("<bhi", b, 2, 1, 2, "x")
except struct.error as e:
    print(e, b.hex())


# a value's __index__ packing again while the outer pack is under way
class Nested:
    def __index__(self):
        print("inner", struct.pack("<HxH", 513, 1027).hex(), struct.Struct(">q").pack(-2).hex())
        return 7


print(struct.pack("<qHq", 1, Nested(), 3).hex(), struct.Struct("<bxhq").pack(1, Nested(), -1).hex())
