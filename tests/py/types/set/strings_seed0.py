# String sets iterate in the order PYTHONHASHSEED=0 gives (SipHash of the 1/2/4-byte form).
words = ["alpha", "beta", "gamma", "delta", "", "a", "b", "é", "\u20ac", "\U0001f600", "alpha2", "x" * 100]
print(set(words))
print(set("hello world"), set("the quick brown fox jumps over the lazy dog"))
print({str(i) for i in range(30)})
print(hash(frozenset(words)), hash(frozenset("abc")))
print(sorted(set(words)) == sorted(words), len(set(words)))
