# The blocks CPython 3.11's long division and power allocate, seen by tracemalloc (the result's
# size and the peak of the temporaries above it) and sys.getallocatedblocks(): divrem1's quotient
# takes the dividend's digits, x_divrem a scratch copy, the divisor's digits for the remainder
# and len(a) - len(b) (+1) for the quotient; % drops the quotient (no quotient at all for a
# one-digit divisor); the floor correction makes new ints (mod + b, div - 1); ** multiplies left
# to right, each product a new block made while the previous one is alive.
import operator, random, sys, tracemalloc

random.seed(11)


def rnd():
    k = random.choice([0, 5, 29, 30, 31, 45, 59, 60, 61, 90, 95, 120, 200])
    v = random.getrandbits(k) if k else random.randint(1, 300)
    v = v or 3
    return -v if random.random() < 0.4 else v


vals = [rnd() for _ in range(80)]
ops = [("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod), ("**", pow)]


def meas(f, a, b):
    tracemalloc.reset_peak()
    m0 = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    r = f(a, b)
    c, p = tracemalloc.get_traced_memory()
    return c - m0, p - c, r


def blocks(f, a, b):
    n0 = sys.getallocatedblocks()
    r = f(a, b)
    return sys.getallocatedblocks() - n0


tracemalloc.start()
meas(divmod, 2**100, 3)
rows = []
for i in range(79):
    a, b = vals[i], vals[i + 1]
    for name, f in ops:
        if name == "**":
            b = abs(b) % 7
        cur, extra, r = meas(f, a, b)
        rows.append((name, a.bit_length() * (-1 if a < 0 else 1), b.bit_length() * (-1 if b < 0 else 1), cur, extra, blocks(f, a, b)))
for row in rows:
    print(*row)

# identities: small remainders are the shared ints, a ** 1 is a new int
big = 2**70 + 5
five, zero = int("5"), int("0")
print(divmod(big, 2**35)[1] is divmod(5, 7)[1], (big - 5) % 2**35 is zero, big % 2**40 is five % 7)
print(big ** 1 is big, big ** 1 == big, (-big) % 7 == (-big) % 7)
print(divmod(True, 2**40), (2**40) // True, pow(2**31 + 1, 5) % 1000)
