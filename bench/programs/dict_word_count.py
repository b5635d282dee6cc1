# Dict-heavy work: counting, membership, items iteration, str keys.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
for i in range(2_000_000):
    w = words[(i * 31) % 8] + str(i % 97)
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
