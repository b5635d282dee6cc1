# x % m and divmod(x, m) when |x| < |m| (by CPython's digit test: fewer 30-bit digits, or as
# many with a smaller top digit): the remainder is x itself, the same object (long_rem's
# long_long), so it costs no block and x's reference count goes up by one.
import sys
import tracemalloc

cases = [
    (2**31 + 5, 2**40),
    (2**31 + 5, 2**31 + 2**30),
    (2**31 + 5, 2**31 + 7),
    (5**40, 7**50),
    (3**30, 3**31),
    (10**18, 10**19),
    (1000, 2**40),
    (123456789012, 2**31 * 3),
    (-(2**40), -(2**45)),
    (-(2**40), 2**45),
    (2**40, -(2**45)),
    (0, 2**40),
    (7**30, 7**30 + 1),
    (2**100 - 1, 2**100),
    (2**35, 2**35 + 2**30),
]
tracemalloc.start()
for x, m in cases:
    before = sys.getrefcount(x)
    m0 = tracemalloc.get_traced_memory()[0]
    r = x % m
    grew = tracemalloc.get_traced_memory()[0] - m0
    q, r2 = divmod(x, m)
    print(x.bit_length(), m.bit_length(), r is x, r2 is x, q, sys.getrefcount(x) - before, grew)
    y = x
    y %= m
    print("  in place:", y is x, r == x % m)
    del r, r2, y


class I(int):
    pass


b = I(2**40)
print(type(b % 2**50).__name__, b % 2**50 is b)
print(True % 2**40 is True, (2**40) % True)
