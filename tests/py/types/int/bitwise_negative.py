# &, |, ^ and ~ act on an infinite two's complement representation.
vals = [0, 1, -1, 2, -2, 7, -8, 0x7fffffff, -0x80000000, 0xffffffff, 2**31, -2**31 - 1, 2**53 + 5, -2**53 - 5,
        2**70 + 12345, -(2**70) + 12345]
for a in vals:
    print(a, ~a, [a & b for b in vals[:8]])
    print(a, [a | b for b in vals[8:]], [a ^ b for b in vals[8:]])
print(-1 & 0xff, -256 | 255, -12345 ^ -54321, ~0, ~-1, ~(2**64))
print(bin(-37), hex(-255), oct(-8), bin(2**70 - 1).count("1"))
