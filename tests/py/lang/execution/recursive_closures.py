def make_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result
    return fib, cache
fib, cache = make_fib()
print(fib(60), len(cache))

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    count.counts = counts
    return count
c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(c.counts)
