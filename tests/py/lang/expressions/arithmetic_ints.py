print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 / 2)
print(2 ** 100, 3 ** -1, (-2) ** 3, -2 ** 2)
big = 12345678901234567890
print(big * big, big // 7, big % 1000, -big // 3)
print(1 << 70, (1 << 70) >> 68, 255 & 15, 8 | 3, 6 ^ 3, ~5)
print(abs(-9), divmod(17, 5), divmod(-17, 5), pow(3, 4, 5))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
print(0.1 + 0.2, 1e300 * 10, -1e308 * 10, 2.5 // 1, 7.5 % 2)
print(True + True, True * 10, False - 1)
print(int(3.9), int(-3.9), round(2.5), round(3.5), round(2.675, 2))
