def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(sorted([3, 1, 2]), sorted("cba"), sorted((1, -2, 3), key=abs), sorted([1, 2, 3], reverse=True), sorted({3: 1, 1: 2}))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
orig = [3, 1]
s = sorted(orig)
print(orig, s, s is orig)
attempt(sorted)
attempt(sorted, [1], [2])
attempt(sorted, [1], foo=1)
attempt(sorted, [1, "a"])
attempt(sorted, 5)
