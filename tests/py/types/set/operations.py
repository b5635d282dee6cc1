# Set algebra produces CPython's sets in CPython's iteration order.
def gen(seed, n, m):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x % m)
    return out


al, bl, cl = gen(1, 40, 200), gen(2, 25, 200), gen(3, 3, 200)
a, b, c = set(al), set(bl), set(cl)
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union(b, c), a.union(bl, cl))
print(a.intersection(b, cl), a.intersection(), a.intersection(range(100)))
print(a.difference(bl, c), a.difference())
print(a.symmetric_difference(bl))
print(a & set(range(1000)), a - set(range(0, 1000, 2)))
print(a <= b, a < a | b, a >= a & b, a == set(al), a != b, a > a & b)
print(a.isdisjoint(c), a.isdisjoint(bl), a.issubset(range(300)), a.issuperset(bl), a.issubset(a))
print(frozenset(a) | b, b | frozenset(a), type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
print(frozenset(a) - {1}, type(frozenset() & set()).__name__)
x = set(a)
x |= b
print(x)
x &= set(bl + cl)
print(x)
x -= c
print(x)
x ^= set(range(50))
print(x)
x.intersection_update(range(40))
print(x)
x.difference_update(range(0, 40, 3))
print(x)
x.symmetric_difference_update({1: 1, 2: 2, 999: 0})
print(x)
x.update([7, 8], (9,), {10: 0})
print(x)
