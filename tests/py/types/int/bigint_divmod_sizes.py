# Big-int floor division, modulo and divmod (all sign combinations, quotients near powers of two
# and from 0 to large), and the sizes (sys.getsizeof) of big results of +, -, *, <<, //, %.
import sys

def check(x, y):
    q, r = divmod(x, y)
    assert q == x // y and r == x % y, (x, y)
    assert q * y + r == x
    return q, r, sys.getsizeof(q), sys.getsizeof(r)

bases = [3 ** 700, 2 ** 1100, 2 ** 1100 - 1, 7 ** 900 + 12345, 10 ** 400, 2 ** 3000 + 1]
out = []
for y in bases:
    for k in [0, 1, 2, 3, 7, 9, 10, 2 ** 20, 2 ** 39, 2 ** 40 - 1, 2 ** 41, 2 ** 60, 3 ** 50]:
        for delta in [0, 1, -1, y // 3, -(y // 3), y - 1]:
            x = k * y + delta
            for sx, sy in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
                out.append(check(sx * x, sy * y))
print(len(out), hash(tuple(out)) & 0xFFFFFFFF)
print(out[:3])

sizes = []
for a in bases:
    for b in bases:
        for v in (a + b, a - b, b - a, a * b, -a * b, a << 33, a << 1000, (a * b) // b, (a * b) % (b + 1), a - (a >> 1) * 2):
            sizes.append(sys.getsizeof(v))
print(sizes)
n = 1
for i in range(3000):
    n = n * 3 + 1
    if i % 97 == 0:
        print(i, sys.getsizeof(n), sys.getsizeof(-n), sys.getsizeof(n - (n >> 5)), n.bit_length())
# values just below and at powers of two, cancellation in subtraction
for e in (1023, 1024, 1025, 1087, 1088, 1089, 2048, 5000):
    p = 1 << e
    print(e, sys.getsizeof(p), sys.getsizeof(p - 1), sys.getsizeof(p + 1), sys.getsizeof(p - (p - 5)), sys.getsizeof((p + 7) - p), (p - 1).bit_length(), p.bit_length())
