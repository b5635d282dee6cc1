flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
print(flags, bin(flags), flags ^ 0b111)
print(1 << 100 >> 99, -8 >> 1, -1 & 0xFF, (-1) ^ 0, ~0, ~-1)
print([bin(n).count("1") for n in range(8)])
print(hex(0xDEADBEEF ^ 0xFFFFFFFF), 2 ** 64 - 1 & 0xFFFF0000)
