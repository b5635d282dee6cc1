# math.gcd and math.lcm of ints of every size around the points where _PyLong_GCD-style
# Lehmer steps start and stop (2**52, 2**53, 2**64), shared factors, Fibonacci neighbours
# (the longest run of quotients 1) and multi-argument calls: results equal to python3's.
import math, random
random.seed(5)
out = []
vals = [0, 1, -1, 2**53 - 1, 2**53, 2**53 + 1, 2**64, -(2**64) + 7, 10**30, 3**200, 2**1000, 2**1000 - 1]
for i in range(400):
    k = random.choice([1, 30, 52, 53, 54, 60, 64, 100, 200, 1000, 3000])
    g = random.getrandbits(random.choice([1, 10, 40, 100, 500]))
    a = random.getrandbits(k) * g * random.choice([1, -1])
    b = random.getrandbits(random.choice([1, 20, 53, 54, 64, 200, k])) * g
    vals.append(a)
    out.append(math.gcd(a, b))
    out.append(math.gcd(b, a))
    out.append(math.gcd(a, a + g))
for i in range(len(vals) - 1):
    out.append(math.gcd(vals[i], vals[i + 1]))
    out.append(math.lcm(vals[i] % 10**40, vals[i + 1] % 10**30))
fib = [1, 1]
for _ in range(3000):
    fib.append(fib[-1] + fib[-2])
out.append(math.gcd(fib[-1], fib[-2]))
out.append(math.gcd(fib[-1] * 12345678901234567, fib[-2] * 12345678901234567))
out.append(math.gcd(2**3000 * 3, 2**2999 * 9))
out.append(math.gcd(*vals[:50]))
print(hash(tuple(out)), len(out), sum(x.bit_length() for x in out))
print(out[:20], out[-4:])
