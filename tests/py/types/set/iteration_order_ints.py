# Set iteration order for ints equals CPython's: same table, same probes, same resizes.
print({5, 3, 1}, {1, 3, 5}, {100, 7, 33, 8}, {-1, -2, -3, 0, 1}, set(range(20)))
print({i * 8 for i in range(10)}, {i * 1024 for i in range(12)}, {2**32 + i for i in range(5)})
print({-(2**63), 2**63 - 1, -(2**63) - 1, 2**64, -1, -2, 2**61 - 1, 2**61, -(2**61)})
print({i << 32 for i in range(12)}, {-i for i in range(15)}, {i * 9 for i in range(30)})
print({10**20 + i for i in range(6)}, {-(10**20) - i for i in range(6)})
x = 1
s = set()
for i in range(50):
    x = (x * 1103515245 + 12345) % 2**31
    s.add(x % 1000 - 200)
print(s)
print(set([3, 2, 1, 3, 2]), set((9, 8, 7)), set({4: 0, 2: 0, 9: 0}), set(range(10, 0, -1)))
print(frozenset({5, 3, 1}), frozenset(), frozenset([1]), set(), {()}, {(1, 2), (2, 1)})
