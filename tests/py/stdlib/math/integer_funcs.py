import math

print([math.factorial(n) for n in range(15)])
print(math.factorial(25), math.factorial(100) % (10 ** 30), len(str(math.factorial(1000))))
print(math.factorial(True), math.factorial(False))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(7, 0))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(120, 84, 36), math.gcd(3, 5, 7, 11), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 64, 3 ** 40))
print(math.lcm(-3, 4), math.lcm(*range(1, 21)))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 2 ** 64 - 1, 2 ** 64, 10 ** 50 + 12345, 2 ** 1000]:
    r = math.isqrt(n)
    print(n if n < 10 ** 25 else "big", r if r < 10 ** 30 else r % 1000003, r * r <= n < (r + 1) ** 2)
print([math.comb(10, k) for k in range(12)])
print(math.comb(52, 5), math.comb(100, 50), math.comb(1000, 3), math.comb(10 ** 20, 2), math.comb(5, 0))
print([math.perm(6, k) for k in range(8)], math.perm(6), math.perm(6, None), math.perm(50, 10), math.perm(10 ** 12, 2))
print(math.comb(300, 150) % (10 ** 20), math.perm(200, 100) % (10 ** 20))
for f, args in [(math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (-1, 1)), (math.comb, (3, -1)),
                (math.perm, (3, -2)), (math.perm, (-3, 1)), (math.isqrt, (-4,)), (math.gcd, (2.5,)), (math.lcm, (1, "2")),
                (math.comb, (3,)), (math.perm, ()), (math.factorial, (2 ** 70,))]:
    try:
        print(f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.comb(I(), 2), math.gcd(I(), 4), math.isqrt(I()), math.perm(I(), I()))
