# int.to_bytes of values of every size (one byte to thousands), both byte orders, signed and
# unsigned, with padding, at the boundaries where the value no longer fits; and the round trip
# through int.from_bytes.
import random

random.seed(7)
out = []
values = [0, 1, 127, 128, 255, 256, 2**31, 2**53 - 1, 2**53, 2**53 + 1, 2**63, 2**64 - 1, 2**64, 2**100 + 17]
for bits in (7, 8, 9, 52, 53, 54, 64, 65, 255, 256, 257, 1000, 4096, 20000):
    values.append(random.getrandbits(bits) | (1 << (bits - 1)))
for v in values:
    n = max(1, (v.bit_length() + 7) // 8)
    for order in ("big", "little"):
        a = v.to_bytes(n, order)
        b = v.to_bytes(n + 3, order)
        c = v.to_bytes(n + 1, order, signed=True)
        d = (-v).to_bytes(n + 1, order, signed=True)
        out.append((a, b, c, d))
        assert int.from_bytes(a, order) == v and int.from_bytes(d, order, signed=True) == -v
print(len(out), hash(tuple(out)))
print(out[:12])
print([x[0].hex()[:40] for x in out[-6:]])
print((-1).to_bytes(0, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (2**4096 - 1).to_bytes(512, "little")[-3:])
for args in ((2**64, 8, "big"), (-1, 4, "big"), (-129, 1, "little", True), (128, 1, "big", True), (1, 0, "big")):
    v, n, order = args[:3]
    try:
        v.to_bytes(n, order, signed=len(args) > 3)
    except OverflowError as e:
        print(args, "OverflowError", e)
