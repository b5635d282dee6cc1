# Results too large to make: which error CPython raises. str/bytes repetition checks
# len > sys.maxsize // n first (OverflowError 'repeated ... too long'), so 'a' * sys.maxsize
# passes that check and fails to allocate (MemoryError); bytes(n) refuses more than
# sys.maxsize minus its header with OverflowError; a format width of exactly sys.maxsize
# parses (the allocation fails), one digit more is 'Too many decimal digits'.
import sys

M = sys.maxsize
cases = [
    ("a", M), ("ab", M // 2 + 1), ("a", M + 1), ("a", 2**62), ("ab", 2**62),
    (b"a", M), (b"ab", M // 2 + 1), (b"ab", 2**62), (bytearray(b"a"), M),
    ([1], M), ([1, 2], M // 2 + 1), ((1,), M), ((1, 2), M // 2 + 1),
    ("abc", 2**40), (b"abc", 2**40), ([1, 2, 3], 2**40),
]
for s, n in cases:
    for f in (lambda: s * n, lambda: n * s):
        try:
            f()
            print("ok")
        except (MemoryError, OverflowError) as e:
            print(type(s).__name__, n, type(e).__name__, e)
    t = s
    try:
        t *= n
    except (MemoryError, OverflowError) as e:
        print("inplace", type(s).__name__, n, type(e).__name__, e)

for expr in [
    "'a'.ljust(M)", "'a'.center(M)", "'a'.zfill(M)", "'%*d' % (M, 1)",
    "format(1, str(M))", "format(1, str(M) + '0')", "format(1, '1' * 17)",
    "'{:%d}'.format(1)" % M, "'a'.rjust(2**40)", "[None] * M", "bytes(M)",
    "bytes(M - 10)", "bytes(2**62)", "bytearray(M)", "'a' * -M",
]:
    try:
        eval(expr)
        print("ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
