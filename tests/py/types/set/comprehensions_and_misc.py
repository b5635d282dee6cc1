# Set comprehensions, dedup patterns, membership in loops, len/bool, copy independence.
words = "a b c a b d e a".split()
print({w for w in words}, {len(w) for w in words}, {x % 7 for x in range(50)})
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, seen, len(seen), bool(seen), bool(set()))
s = {1, 2, 3}
t = s.copy()
t.add(4)
print(s, t, s < t, s.union(), s.copy() is s)
print(sorted({(i, j) for i in range(3) for j in range(3) if i != j}))
print({i * i for i in range(-5, 6)}, {-i for i in range(10)})
print(set(map(abs, [-3, 3, -2])), max({4, 9, 1}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
