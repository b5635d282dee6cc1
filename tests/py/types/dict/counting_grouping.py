# Everyday dict patterns: counting, grouping, inverting, nested dicts, sorting by value.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {}
for i in range(3):
    for j in range(2):
        nested.setdefault(i, {})[j] = i * j
print(nested, nested[2][1])
print({k: v for k, v in zip("abc", range(3)) if v}, dict(sorted({"b": 1, "a": 2}.items())))
memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(80), len(memo), list(memo)[:5])
